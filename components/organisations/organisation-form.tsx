"use client";

import { updateOrganisationAction } from "@/lib/organisations/actions";
import { organisationProfileSchema } from "@/lib/organisations/schemas";
import type { OrganisationProfile } from "@/lib/organisations/queries";
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { TIME_ZONES } from "@/lib/i18n/format";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const KIND_OPTIONS = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
const ZONE_OPTIONS = TIME_ZONES.map((zone) => ({ value: zone.id, label: zone.label }));

export function OrganisationForm({ slug, profile }: { slug: string; profile: OrganisationProfile }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(organisationProfileSchema, updateOrganisationAction, {
    defaultValues: { ...profile, website: profile.website ?? "", founderName: profile.founderName ?? "" },
  });
  const text = (name: "fullName" | "shortName" | "region" | "municipality" | "locality" | "address" | "website" | "directorName" | "founderName", label: string, required = true, hint?: string) => (
    <Field label={label} required={required} hint={hint} registration={form.register(name)} error={errorOf(name)} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      {text("founderName", "Учредитель / вышестоящий орган", false, "Если он есть на бланке школы: печатается над наименованием, например «Управление образования администрации Берёзовского муниципального округа».")}
      {text("fullName", "Полное наименование", true, "Как в уставе: оно печатается в шапке приказов.")}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("shortName", "Краткое наименование")}
        <SelectField label="Тип организации" required options={KIND_OPTIONS} registration={form.register("kind")} error={errorOf("kind")} />
        {text("region", "Регион")}
        {text("municipality", "Муниципальное образование")}
        {text("locality", "Населённый пункт", true, "Для приказов: «г. Нижний Новгород», «с. Степное».")}
        {text("directorName", "ФИО руководителя")}
      </div>
      {text("address", "Адрес")}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("website", "Сайт", false)}
        <SelectField label="Часовой пояс" required hint="Сроки, встречи и «сегодня» считаются по этому поясу." options={ZONE_OPTIONS} registration={form.register("timeZone")} error={errorOf("timeZone")} />
      </div>
      <SubmitButton pending={pending}>Сохранить</SubmitButton>
    </form>
  );
}
