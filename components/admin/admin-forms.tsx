"use client";

import { createAuthorityAction, createOrganisationAction, inviteDirectorAction, inviteSupervisorAction } from "@/lib/admin/actions";
import { inviteDirectorSchema, inviteSupervisorSchema } from "@/lib/admin/schemas";
import { createAuthoritySchema, createOrganisationSchema } from "@/lib/organisations/schemas";
import { AUTHORITY_LEVELS, AUTHORITY_LEVEL_LABELS, ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { TIME_ZONES } from "@/lib/i18n/format";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { InvitationLink } from "@/components/invitations/invitation-link";

type Option = { value: string; label: string };

export function CreateAuthorityForm() {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(createAuthoritySchema, createAuthorityAction, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field label="Полное наименование" required registration={form.register("name")} error={errorOf("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Краткое наименование" required registration={form.register("shortName")} error={errorOf("shortName")} />
        <Field label="Адрес в системе" required hint="Латиницей: berezovsky-uo" registration={form.register("slug")} error={errorOf("slug")} />
        <SelectField label="Уровень" required options={AUTHORITY_LEVELS.map((l) => ({ value: l, label: AUTHORITY_LEVEL_LABELS[l] }))} registration={form.register("level")} error={errorOf("level")} />
        <Field label="Регион" required registration={form.register("region")} error={errorOf("region")} />
        <Field label="Муниципальное образование" registration={form.register("municipality")} error={errorOf("municipality")} />
      </div>
      <SubmitButton pending={pending}>Создать</SubmitButton>
    </form>
  );
}

export function CreateOrganisationForm({ authorities }: { authorities: Option[] }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(createOrganisationSchema, createOrganisationAction, {
    defaultValues: { timeZone: "Europe/Moscow" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field label="Полное наименование" required registration={form.register("fullName")} error={errorOf("fullName")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Краткое наименование" required registration={form.register("shortName")} error={errorOf("shortName")} />
        <Field label="Адрес в системе" required hint="Латиницей: lyceum-17" registration={form.register("slug")} error={errorOf("slug")} />
        <SelectField label="Тип" required options={ORGANISATION_KINDS.map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k] }))} registration={form.register("kind")} error={errorOf("kind")} />
        <SelectField label="Орган управления" options={authorities} emptyLabel="— не выбран —" registration={form.register("authorityId")} error={errorOf("authorityId")} />
        <Field label="Регион" required registration={form.register("region")} error={errorOf("region")} />
        <Field label="Муниципальное образование" required registration={form.register("municipality")} error={errorOf("municipality")} />
        <Field label="Населённый пункт" required registration={form.register("locality")} error={errorOf("locality")} />
        <Field label="ФИО руководителя" required registration={form.register("directorName")} error={errorOf("directorName")} />
      </div>
      <Field label="Адрес" required registration={form.register("address")} error={errorOf("address")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Сайт" registration={form.register("website")} error={errorOf("website")} />
        <SelectField label="Часовой пояс" required options={TIME_ZONES.map((z) => ({ value: z.id, label: z.label }))} registration={form.register("timeZone")} error={errorOf("timeZone")} />
      </div>
      <SubmitButton pending={pending}>Создать организацию</SubmitButton>
    </form>
  );
}

export function InvitePersonForm({ kind, places }: { kind: "director" | "supervisor"; places: Option[] }) {
  const director = kind === "director";
  const { form, state, pending, onSubmit, errorOf } = useActionForm(
    director ? inviteDirectorSchema : inviteSupervisorSchema,
    director ? inviteDirectorAction : inviteSupervisorAction,
    { resetOnSuccess: true },
  );
  const placeField = director ? "organisationId" : "authorityId";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      {state.status === "success" && state.data?.path ? <InvitationLink path={state.data.path} /> : null}
      <SelectField
        label={director ? "Организация" : "Орган управления"}
        required
        options={places}
        emptyLabel="— выберите —"
        registration={form.register(placeField)}
        error={errorOf(placeField)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия" required registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <Field label="Электронная почта" type="email" required registration={form.register("email")} error={errorOf("email")} />
      <SubmitButton pending={pending}>Создать приглашение</SubmitButton>
    </form>
  );
}
