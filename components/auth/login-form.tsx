"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { credentialsSchema } from "@/lib/auth/credentials";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";

const MESSAGES: Record<string, string> = {
  locked: "Слишком много неудачных попыток. Вход временно заблокирован на 15 минут.",
  CredentialsSignin: "Неверный адрес электронной почты или пароль.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(credentialsSchema), defaultValues: { email: "", password: "" }, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setError(MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin ?? null);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <div role="alert" data-testid="login-error" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </div>
      ) : null}
      <Field label="Электронная почта" type="email" autoComplete="username" inputMode="email" required registration={form.register("email")} error={errors.email?.message} />
      <Field label="Пароль" type="password" autoComplete="current-password" required registration={form.register("password")} error={errors.password?.message} />
      <button type="submit" className={`${buttonClass("primary")} w-full`} disabled={isSubmitting}>
        {isSubmitting ? "Вход…" : "Войти"}
      </button>
    </form>
  );
}
