"use client";

import type { MenteeStatus, RequestSource } from "@/lib/generated/prisma/enums";
import { addRequestAction, saveIntakeAction, setMenteeStatusAction } from "@/lib/mentees/actions";
import { addRequestSchema, menteeIntakeSchema, menteeStatusSchema } from "@/lib/mentees/schemas";
import { MENTEE_STATUSES, MENTEE_STATUS_LABELS, REQUEST_SOURCES, REQUEST_SOURCE_LABELS, REQUEST_TOPICS, REQUEST_TOPIC_KEYS } from "@/lib/mentees/catalogue";
import { INTAKE_FIELDS, type Intake, type IntakeField } from "@/lib/mentees/intake";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const TOPIC_OPTIONS = REQUEST_TOPIC_KEYS.map((topic) => ({ value: topic, label: REQUEST_TOPICS[topic] }));
const SOURCE_OPTIONS = REQUEST_SOURCES.map((source) => ({ value: source, label: REQUEST_SOURCE_LABELS[source] }));
const STATUS_OPTIONS = MENTEE_STATUSES.map((status) => ({ value: status, label: MENTEE_STATUS_LABELS[status] }));

export function RequestForm({ slug, menteeId, source }: { slug: string; menteeId: string; source: RequestSource }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(addRequestSchema, addRequestAction, {
    defaultValues: { menteeId, topic: "ACADEMIC", details: "", source },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Новый запрос">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("menteeId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Запрос" required options={TOPIC_OPTIONS} registration={form.register("topic")} error={errorOf("topic")} />
        <SelectField label="Откуда запрос" options={SOURCE_OPTIONS} registration={form.register("source")} error={errorOf("source")} />
      </div>
      <Field label="Запрос своими словами" hint="Например: «подтянуть алгебру к ОГЭ», «трудно с новым классом»." registration={form.register("details")} error={errorOf("details")} />
      <SubmitButton pending={pending} variant="secondary">Записать запрос</SubmitButton>
    </form>
  );
}

export function IntakeForm({ slug, menteeId, intake }: { slug: string; menteeId: string; intake: Intake }) {
  const fields = Object.keys(INTAKE_FIELDS) as IntakeField[];
  const { form, state, pending, onSubmit, errorOf } = useActionForm(menteeIntakeSchema, saveIntakeAction, {
    defaultValues: { menteeId, ...Object.fromEntries(fields.map((field) => [field, intake[field] ?? ""])) },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Анкета наставляемого">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("menteeId")} />
      {fields.map((field) => (
        <Field key={field} label={INTAKE_FIELDS[field]} registration={form.register(field)} error={errorOf(field)} />
      ))}
      <SubmitButton pending={pending} variant="secondary">Сохранить анкету</SubmitButton>
    </form>
  );
}

export function MenteeStatusForm({ slug, menteeId, status }: { slug: string; menteeId: string; status: MenteeStatus }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(menteeStatusSchema, setMenteeStatusAction, { defaultValues: { menteeId, status } });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Статус наставляемого">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("menteeId")} />
      <SelectField label="Статус" options={STATUS_OPTIONS} registration={form.register("status")} error={errorOf("status")} />
      <SubmitButton pending={pending} variant="secondary">Сохранить статус</SubmitButton>
    </form>
  );
}
