"use client";

import { useEffect, useId } from "react";
import type { UseFormRegister, FieldValues, Path } from "react-hook-form";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { addActivityAction, updateActivityAction } from "@/lib/roadmap/actions";
import { addActivitySchema, updateActivitySchema } from "@/lib/roadmap/schemas";
import { ORGANISATION_ROLES, ROLE_LABELS } from "@/lib/access/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, Field, FieldError, inputClass, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";

const ROLE_OPTIONS = ORGANISATION_ROLES.filter((role) => role !== "MENTEE" && role !== "PARENT").map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const PERIOD_HINT = "Как пишут в школе: «октябрь – декабрь 2025», «до 20.08.2025», «с 1 по 15 сентября», «в течение года».";

type ActivityValues = FieldValues & {
  title: string;
  description?: string;
  expectedResult?: string;
  periodText?: string;
  responsibleText?: string;
  responsibleRoles?: OrganisationRole[];
  responsibleMembershipIds?: string[];
};

function ActivityFields<V extends ActivityValues>({
  register,
  errorOf,
  staff,
}: {
  register: UseFormRegister<V>;
  errorOf: (name: string) => string | undefined;
  staff: { id: string; name: string }[];
}) {
  const field = (name: string) => register(name as Path<V>);
  const id = useId();
  return (
    <>
      <Field label="Мероприятие" required registration={field("title")} error={errorOf("title")} />
      <div className="space-y-1">
        <label className="block text-sm font-medium" htmlFor={`${id}-description`}>Описание</label>
        <textarea id={`${id}-description`} rows={3} className={inputClass} {...field("description")} />
        <FieldError id={`${id}-description-error`} error={errorOf("description")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Результат / документ" registration={field("expectedResult")} error={errorOf("expectedResult")} />
        <Field label="Сроки" hint={PERIOD_HINT} registration={field("periodText")} error={errorOf("periodText")} />
      </div>
      <Field label="Ответственные (как в документе)" placeholder="Куратор, классные руководители" registration={field("responsibleText")} error={errorOf("responsibleText")} />
      <CheckboxGroup legend="Ответственные роли (для «Моих задач»)" options={ROLE_OPTIONS} registration={field("responsibleRoles")} error={errorOf("responsibleRoles")} />
      {staff.length > 0 ? (
        <CheckboxGroup legend="Ответственные сотрудники" options={staff.map((s) => ({ value: s.id, label: s.name }))} registration={field("responsibleMembershipIds")} error={errorOf("responsibleMembershipIds")} />
      ) : null}
    </>
  );
}

const stageOptions = (stages: { id: string; title: string }[]) => stages.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.title}` }));

/** One form for the whole roadmap: the stage is chosen in it (the last stage by default). */
export function AddActivityForm({ slug, stages, staff }: { slug: string; stages: { id: string; title: string }[]; staff: { id: string; name: string }[] }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(addActivitySchema, addActivityAction, {
    defaultValues: { stageId: stages.at(-1)?.id ?? "", title: "", periodText: "", responsibleText: "", responsibleRoles: [], responsibleMembershipIds: [] },
    resetOnSuccess: true,
  });
  return (
    <details data-testid="add-activity">
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-brand-700">+ Добавить мероприятие</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 max-w-3xl space-y-4">
        <ActionMessage state={state} />
        <input type="hidden" name="organisation" value={slug} />
        <SelectField label="Этап" required options={stageOptions(stages)} registration={form.register("stageId")} error={errorOf("stageId")} />
        <ActivityFields register={form.register} errorOf={errorOf} staff={staff} />
        <SubmitButton pending={pending}>Добавить</SubmitButton>
      </form>
    </details>
  );
}

export function EditActivityForm({
  slug,
  activity,
  stages,
  staff,
}: {
  slug: string;
  activity: {
    id: string;
    version: number;
    stageId: string;
    title: string;
    description: string | null;
    expectedResult: string | null;
    periodText: string;
    responsibleText: string;
    responsibleRoles: OrganisationRole[];
    responsibleMembershipIds: string[];
  };
  stages: { id: string; title: string }[];
  staff: { id: string; name: string }[];
}) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(updateActivitySchema, updateActivityAction, {
    defaultValues: {
      activityId: activity.id,
      version: activity.version,
      stageId: activity.stageId,
      title: activity.title,
      description: activity.description ?? "",
      expectedResult: activity.expectedResult ?? "",
      periodText: activity.periodText,
      responsibleText: activity.responsibleText,
      responsibleRoles: activity.responsibleRoles,
      responsibleMembershipIds: activity.responsibleMembershipIds,
    },
  });
  // After a save the page brings the new version: keep the form (and its message), update the version.
  const { setValue } = form;
  useEffect(() => setValue("version", activity.version), [activity.version, setValue]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("activityId")} />
      <input type="hidden" {...form.register("version")} />
      <SelectField label="Этап" required options={stageOptions(stages)} registration={form.register("stageId")} error={errorOf("stageId")} />
      <ActivityFields register={form.register} errorOf={errorOf} staff={staff} />
      <SubmitButton pending={pending}>Сохранить мероприятие</SubmitButton>
    </form>
  );
}
