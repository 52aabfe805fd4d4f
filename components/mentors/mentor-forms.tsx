"use client";

import { addDocumentAction, addTrainingAction, recordDecisionAction, saveCriteriaAction } from "@/lib/mentors/actions";
import { candidateCriteriaSchema, decisionSchema, mentorDocumentSchema, trainingSchema } from "@/lib/mentors/schemas";
import { AGE_GROUPS, MENTOR_DOCUMENT_KINDS, MENTOR_DOCUMENT_LABELS } from "@/lib/mentors/labels";
import type { CandidateCard } from "@/lib/mentors/queries";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const DOCUMENT_OPTIONS = MENTOR_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: MENTOR_DOCUMENT_LABELS[kind] }));

/** The criteria selection weighs (Р-145): experience, interests, competencies, age group, forms, time; the application and portfolio. */
export function CriteriaForm({ slug, candidate, programmeForms }: { slug: string; candidate: Pick<CandidateCard, "id" | "criteria">; programmeForms: string[] }) {
  const { criteria } = candidate;
  const { form, state, pending, onSubmit, errorOf } = useActionForm(candidateCriteriaSchema, saveCriteriaAction, {
    defaultValues: {
      candidateId: candidate.id,
      experience: criteria.experience ?? "",
      interests: criteria.interests ?? "",
      competencies: criteria.competencies.join(", "),
      ageGroups: criteria.ageGroups.join(", "),
      forms: criteria.forms.join(", "),
      hoursPerWeek: criteria.hoursPerWeek === null ? "" : String(criteria.hoursPerWeek),
      appliedOn: criteria.appliedOn ?? "",
      portfolio: criteria.portfolio ?? "",
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Критерии отбора">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("candidateId")} />
      <Field label="Жизненный и профессиональный опыт" registration={form.register("experience")} error={errorOf("experience")} />
      <Field label="Сфера интересов" registration={form.register("interests")} error={errorOf("interests")} />
      <Field label="Профессиональные компетенции" hint="Через запятую: математика, робототехника, адаптация" registration={form.register("competencies")} error={errorOf("competencies")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Возрастная категория наставляемых" hint={`Например: ${AGE_GROUPS.slice(0, 3).join(", ")}`} registration={form.register("ageGroups")} error={errorOf("ageGroups")} />
        <Field label="Формы наставничества" hint={programmeForms.length > 0 ? `Формы программы: ${programmeForms.join("; ")}` : undefined} registration={form.register("forms")} error={errorOf("forms")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Ресурс времени, часов в неделю" inputMode="numeric" registration={form.register("hoursPerWeek")} error={errorOf("hoursPerWeek")} />
        <Field label="Заявление получено" type="date" registration={form.register("appliedOn")} error={errorOf("appliedOn")} />
      </div>
      <Field label="Портфолио" hint="Ссылка или кратко: достижения, проекты, награды." registration={form.register("portfolio")} error={errorOf("portfolio")} />
      <SubmitButton pending={pending} variant="secondary">Сохранить</SubmitButton>
    </form>
  );
}

export function TrainingForm({ slug, candidateId }: { slug: string; candidateId: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(trainingSchema, addTrainingAction, {
    defaultValues: { candidateId, course: "", hours: "", completedOn: "", certificate: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Обучение наставника">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("candidateId")} />
      <Field label="Курс, программа обучения" required placeholder="Школа наставников" registration={form.register("course")} error={errorOf("course")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Часов" required inputMode="numeric" registration={form.register("hours")} error={errorOf("hours")} />
        <Field label="Окончил" type="date" registration={form.register("completedOn")} error={errorOf("completedOn")} />
        <Field label="Удостоверение, сертификат" registration={form.register("certificate")} error={errorOf("certificate")} />
      </div>
      <SubmitButton pending={pending} variant="secondary">Записать обучение</SubmitButton>
    </form>
  );
}

export function DocumentForm({ slug, candidateId, personId }: { slug: string; candidateId: string; personId: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(mentorDocumentSchema, addDocumentAction, {
    defaultValues: { candidateId, personId, kind: "NO_CRIMINAL_RECORD", number: "", issuedOn: "", validUntil: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Документ наставника">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("candidateId")} />
      <input type="hidden" {...form.register("personId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Документ" required options={DOCUMENT_OPTIONS} registration={form.register("kind")} error={errorOf("kind")} />
        <Field label="Номер" registration={form.register("number")} error={errorOf("number")} />
        <Field label="Выдан" type="date" required registration={form.register("issuedOn")} error={errorOf("issuedOn")} />
        <Field label="Действителен до" type="date" registration={form.register("validUntil")} error={errorOf("validUntil")} />
      </div>
      <SubmitButton pending={pending} variant="secondary">Записать документ</SubmitButton>
    </form>
  );
}

const DECISION_OPTIONS = [
  { value: "SELECTED", label: "Рекомендовать к назначению наставником" },
  { value: "REJECTED", label: "Не рекомендовать" },
];

export function DecisionForm({ slug, candidateId, decision }: { slug: string; candidateId: string; decision: { status: string; decidedOn: string | null; note: string | null } }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(decisionSchema, recordDecisionAction, {
    defaultValues: {
      candidateId,
      decision: decision.status === "REJECTED" ? "REJECTED" : "SELECTED",
      decidedOn: decision.decidedOn ?? "",
      note: decision.note ?? "",
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Решение комиссии">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("candidateId")} />
      <SelectField label="Решение комиссии по отбору" required options={DECISION_OPTIONS} registration={form.register("decision")} error={errorOf("decision")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Дата заседания" type="date" required registration={form.register("decidedOn")} error={errorOf("decidedOn")} />
        <Field label="Протокол, основание" placeholder="Протокол № 1" registration={form.register("note")} error={errorOf("note")} />
      </div>
      <SubmitButton pending={pending} variant="secondary">Записать решение</SubmitButton>
    </form>
  );
}
