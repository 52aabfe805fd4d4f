"use client";

import { useEffect } from "react";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "@/lib/profile/actions";
import { changePasswordSchema } from "@/lib/profile/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function PasswordForm() {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(changePasswordSchema, changePasswordAction, {
    defaultValues: { currentPassword: "", newPassword: "", newPasswordRepeat: "" },
  });
  useEffect(() => {
    // Every session ended with the old password, this one too: return to the sign-in page.
    if (state.status === "success") {
      const timer = setTimeout(() => void signOut({ callbackUrl: "/login" }), 2500);
      return () => clearTimeout(timer);
    }
  }, [state.status]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field label="Текущий пароль" type="password" autoComplete="current-password" required registration={form.register("currentPassword")} error={errorOf("currentPassword")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Новый пароль" type="password" autoComplete="new-password" required hint="Не короче 10 символов." registration={form.register("newPassword")} error={errorOf("newPassword")} />
        <Field label="Новый пароль ещё раз" type="password" autoComplete="new-password" required registration={form.register("newPasswordRepeat")} error={errorOf("newPasswordRepeat")} />
      </div>
      <SubmitButton pending={pending}>Сменить пароль</SubmitButton>
    </form>
  );
}
