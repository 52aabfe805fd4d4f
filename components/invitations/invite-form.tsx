"use client";

import { inviteMemberAction } from "@/lib/invitations/actions";
import { inviteMemberSchema } from "@/lib/invitations/schemas";
import { ORGANISATION_ROLES, ROLE_LABELS } from "@/lib/access/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { InvitationLink } from "@/components/invitations/invitation-link";

const ROLE_OPTIONS = ORGANISATION_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function InviteForm({ slug }: { slug: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(inviteMemberSchema, inviteMemberAction, {
    defaultValues: { email: "", lastName: "", firstName: "", middleName: "", roles: [] },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      {state.status === "success" && state.data?.path ? <InvitationLink path={state.data.path} /> : null}
      <input type="hidden" name="organisation" value={slug} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия" required registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <Field label="Электронная почта" type="email" required inputMode="email" registration={form.register("email")} error={errorOf("email")} />
      <CheckboxGroup legend="Роли" options={ROLE_OPTIONS} registration={form.register("roles")} error={errorOf("roles")} />
      <SubmitButton pending={pending} pendingText="Создание…">
        Создать приглашение
      </SubmitButton>
    </form>
  );
}
