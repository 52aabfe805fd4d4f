"use client";

import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { changeMemberRolesAction } from "@/lib/members/actions";
import { changeMemberRolesSchema } from "@/lib/members/schemas";
import { ORGANISATION_ROLES, ROLE_LABELS } from "@/lib/access/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const ROLE_OPTIONS = ORGANISATION_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function MemberRolesForm({
  slug,
  member,
}: {
  slug: string;
  member: { id: string; roles: OrganisationRole[]; className: string | null; classesLed: string[]; position: string | null };
}) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(changeMemberRolesSchema, changeMemberRolesAction, {
    defaultValues: {
      membershipId: member.id,
      roles: member.roles,
      className: member.className ?? undefined,
      classesLed: member.classesLed.join(", "),
      position: member.position ?? "",
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("membershipId")} />
      <CheckboxGroup legend="Роли" options={ROLE_OPTIONS} registration={form.register("roles")} error={errorOf("roles")} />
      <Field label="Должность" registration={form.register("position")} error={errorOf("position")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Класс (для наставляемого ученика)" placeholder="7А" registration={form.register("className")} error={errorOf("className")} />
        <Field label="Классное руководство" placeholder="7А, 8Б" hint="Для классного руководителя: классы через запятую." registration={form.register("classesLed")} error={errorOf("classesLed")} />
      </div>
      <SubmitButton pending={pending}>Сохранить роли</SubmitButton>
    </form>
  );
}
