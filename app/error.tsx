"use client";

import { usePathname } from "next/navigation";
import { StatusPage } from "@/components/ui/status-page";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";
import { SESSION_UNAVAILABLE_DIGEST } from "@/lib/auth/session-unavailable";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const path = usePathname();
  // Normally proxy.ts answers 503 itself; this is the page for a check that failed later.
  if (error.digest === SESSION_UNAVAILABLE_DIGEST) return <ServiceUnavailable retryHref={path} />;
  return (
    <StatusPage code="500" title="Что-то пошло не так">
      <p>Произошла ошибка на сервере. Мы уже записали её{error.digest ? ` (код ${error.digest})` : ""}.</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-ink">
        Попробовать ещё раз
      </button>
    </StatusPage>
  );
}
