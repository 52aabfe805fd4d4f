"use client";

import { addGuardianAction } from "@/lib/people/actions";
import { addGuardianSchema } from "@/lib/people/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** A parent of a pupil: one already in the lists under that ФИО is linked, not created again. */
export function GuardianForm({ slug, childId }: { slug: string; childId: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(addGuardianSchema, addGuardianAction, {
    defaultValues: { childId, lastName: "", firstName: "", middleName: "", phone: "", relation: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Добавить родителя">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("childId")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия родителя" required registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Кем приходится" placeholder="мать, отец, опекун" registration={form.register("relation")} error={errorOf("relation")} />
        <Field label="Телефон" type="tel" inputMode="tel" registration={form.register("phone")} error={errorOf("phone")} />
      </div>
      <SubmitButton pending={pending} variant="secondary">Добавить родителя</SubmitButton>
    </form>
  );
}
