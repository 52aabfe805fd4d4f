"use client";

import { useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { acceptInvitationAction } from "@/lib/invitations/accept-action";
import { acceptAsExistingUserSchema, acceptInvitationSchema } from "@/lib/invitations/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Person = { email: string; lastName: string; firstName: string; middleName: string | null };

/** After accepting, the new member is signed in with the password just set and taken home. */
function useSignInAfterAccept(state: { status: string; data?: Record<string, string> }, password: () => string) {
  const done = useRef(false);
  useEffect(() => {
    if (state.status !== "success" || !state.data?.email || done.current) return;
    done.current = true;
    const home = state.data.home ?? "/";
    void signIn("credentials", { email: state.data.email, password: password(), redirect: false }).then(() => window.location.assign(home));
  }, [state, password]);
}

export function NewAccountForm({ token, person }: { token: string; person: Person }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(acceptInvitationSchema, acceptInvitationAction, {
    defaultValues: { token, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName ?? "", phone: "", password: "", passwordRepeat: "" },
  });
  useSignInAfterAccept(state, () => form.getValues("password"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" {...form.register("token")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия" required autoComplete="family-name" registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required autoComplete="given-name" registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" autoComplete="additional-name" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <Field label="Телефон" type="tel" autoComplete="tel" registration={form.register("phone")} error={errorOf("phone")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Придумайте пароль" type="password" autoComplete="new-password" required hint="Не короче 10 символов." registration={form.register("password")} error={errorOf("password")} />
        <Field label="Пароль ещё раз" type="password" autoComplete="new-password" required registration={form.register("passwordRepeat")} error={errorOf("passwordRepeat")} />
      </div>
      <SubmitButton pending={pending} pendingText="Сохранение…">
        Принять приглашение
      </SubmitButton>
    </form>
  );
}

export function ExistingAccountForm({ token }: { token: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(acceptAsExistingUserSchema, acceptInvitationAction, {
    defaultValues: { token, password: "" },
  });
  useSignInAfterAccept(state, () => form.getValues("password"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" {...form.register("token")} />
      <Field label="Пароль вашей учётной записи" type="password" autoComplete="current-password" required registration={form.register("password")} error={errorOf("password")} />
      <SubmitButton pending={pending}>Принять приглашение</SubmitButton>
    </form>
  );
}
