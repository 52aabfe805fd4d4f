"use client";

import { updateProfileAction } from "@/lib/profile/actions";
import { updateProfileSchema } from "@/lib/profile/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function ProfileForm({ profile }: { profile: { lastName: string; firstName: string; middleName: string | null; phone: string | null } }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(updateProfileSchema, updateProfileAction, {
    defaultValues: { lastName: profile.lastName, firstName: profile.firstName, middleName: profile.middleName ?? "", phone: profile.phone ?? "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия" required autoComplete="family-name" registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required autoComplete="given-name" registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" autoComplete="additional-name" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <Field label="Телефон" type="tel" autoComplete="tel" inputMode="tel" registration={form.register("phone")} error={errorOf("phone")} />
      <SubmitButton pending={pending}>Сохранить</SubmitButton>
    </form>
  );
}
