"use client";

import { StatusPage } from "@/components/ui/status-page";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="500" title="Что-то пошло не так">
      <p>Произошла ошибка на сервере. Мы уже записали её{error.digest ? ` (код ${error.digest})` : ""}.</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-ink">
        Попробовать ещё раз
      </button>
    </StatusPage>
  );
}
