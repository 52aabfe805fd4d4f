import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallback } from "@/lib/auth/callback";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md space-y-6">
        <div className="space-y-2 text-center">
          <p className="text-3xl font-bold text-brand-700">Тандем</p>
          <h1 className="text-xl font-semibold">Вход в систему наставничества</h1>
          <p className="text-sm text-muted">Дорожная карта, приказы, наставнические пары и согласия вашей школы.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <p className="text-center text-sm text-muted">
          Нет учётной записи? Попросите руководителя организации прислать приглашение.
        </p>
      </div>
    </main>
  );
}
