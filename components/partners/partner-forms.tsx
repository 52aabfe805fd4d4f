"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { PartnerKind } from "@/lib/generated/prisma/enums";
import { addAgreementAction, savePartnerAction } from "@/lib/partners/actions";
import { agreementSchema, savePartnerSchema } from "@/lib/partners/schemas";
import { PARTNER_KINDS, PARTNER_KIND_LABELS } from "@/lib/partners/labels";
import { formatPhone } from "@/lib/people/phone";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const KIND_OPTIONS = PARTNER_KINDS.map((kind) => ({ value: kind, label: PARTNER_KIND_LABELS[kind] }));

export type PartnerFormValues = { id: string; name: string; kind: PartnerKind; contactName: string | null; phone: string | null; email: string | null; website: string | null; note: string | null };

/** A new partner, or the card's edit form. */
export function PartnerForm({ slug, partner }: { slug: string; partner?: PartnerFormValues }) {
  const router = useRouter();
  const { form, state, pending, onSubmit, errorOf } = useActionForm(savePartnerSchema, savePartnerAction, {
    defaultValues: {
      partnerId: partner?.id ?? "",
      name: partner?.name ?? "",
      kind: partner?.kind ?? "EMPLOYER",
      contactName: partner?.contactName ?? "",
      phone: partner?.phone ? formatPhone(partner.phone) : "",
      email: partner?.email ?? "",
      website: partner?.website ?? "",
      note: partner?.note ?? "",
    },
  });
  useEffect(() => {
    if (state.status === "success" && state.data?.partnerId) router.push(`/o/${slug}/partners/${state.data.partnerId}`);
  }, [state, router, slug]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={partner ? "Сведения о партнёре" : "Новый партнёр"}>
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("partnerId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Наименование" required registration={form.register("name")} error={errorOf("name")} />
        <SelectField label="Вид" required options={KIND_OPTIONS} registration={form.register("kind")} error={errorOf("kind")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Контактное лицо" registration={form.register("contactName")} error={errorOf("contactName")} />
        <Field label="Телефон" type="tel" inputMode="tel" registration={form.register("phone")} error={errorOf("phone")} />
        <Field label="E-mail" type="email" registration={form.register("email")} error={errorOf("email")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Сайт" placeholder="https://" registration={form.register("website")} error={errorOf("website")} />
        <Field label="Примечание" hint="Чем помогает: наставники, площадка для практики, мероприятия." registration={form.register("note")} error={errorOf("note")} />
      </div>
      <SubmitButton pending={pending}>{partner ? "Сохранить" : "Добавить партнёра"}</SubmitButton>
    </form>
  );
}

export function AgreementForm({ slug, partnerId }: { slug: string; partnerId: string }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(agreementSchema, addAgreementAction, {
    defaultValues: { partnerId, number: "", signedOn: "", validFrom: "", validUntil: "", subject: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Новое соглашение">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("partnerId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Номер соглашения" required registration={form.register("number")} error={errorOf("number")} />
        <Field label="Дата подписания" type="date" required registration={form.register("signedOn")} error={errorOf("signedOn")} />
        <Field label="Действует с" type="date" required registration={form.register("validFrom")} error={errorOf("validFrom")} />
        <Field label="Действует по" type="date" hint="Пусто — бессрочно." registration={form.register("validUntil")} error={errorOf("validUntil")} />
      </div>
      <Field label="Предмет соглашения" placeholder="О сотрудничестве в реализации программы наставничества" registration={form.register("subject")} error={errorOf("subject")} />
      <SubmitButton pending={pending} variant="secondary">Добавить соглашение</SubmitButton>
    </form>
  );
}
