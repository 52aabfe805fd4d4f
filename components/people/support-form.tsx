"use client";

import type { SupportNeed } from "@/lib/generated/prisma/enums";
import { setSupportAction } from "@/lib/people/actions";
import { personSupportSchema } from "@/lib/people/schemas";
import { SUPPORT_NEEDS, SUPPORT_NEED_LABELS } from "@/lib/people/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const OPTIONS = SUPPORT_NEEDS.map((need) => ({ value: need, label: SUPPORT_NEED_LABELS[need] }));

export function SupportForm({ slug, personId, support }: { slug: string; personId: string; support: { needs: SupportNeed[]; note: string | null } }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(personSupportSchema, setSupportAction, {
    defaultValues: { personId, needs: support.needs, note: support.note ?? "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("personId")} />
      <CheckboxGroup legend="Особые категории" options={OPTIONS} registration={form.register("needs")} error={errorOf("needs")} />
      <Field label="Комментарий" hint="Что важно знать наставнику и куратору, без лишних подробностей." registration={form.register("note")} error={errorOf("note")} />
      <SubmitButton pending={pending} variant="secondary">Сохранить</SubmitButton>
    </form>
  );
}
