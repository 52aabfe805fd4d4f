"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { draftOrderAction } from "@/lib/orders/actions";
import { draftOrderSchema } from "@/lib/orders/schemas";
import { ORDER_TYPES, ORDER_TYPE_LABELS } from "@/lib/orders/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };

export function DraftOrderForm({ slug, programmes, staff, signed }: { slug: string; programmes: Option[]; staff: Option[]; signed: Option[] }) {
  const router = useRouter();
  const { form, state, pending, onSubmit, errorOf } = useActionForm(draftOrderSchema, draftOrderAction, { defaultValues: { type: "APPROVE_PROGRAMME" } });
  const type = form.watch("type");
  useEffect(() => {
    if (state.status === "success" && state.data?.orderId) router.push(`/o/${slug}/orders/${state.data.orderId}`);
  }, [state, router, slug]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <SelectField
        label="Вид приказа"
        required
        options={ORDER_TYPES.map((value) => ({ value, label: ORDER_TYPE_LABELS[value] }))}
        registration={form.register("type")}
        error={errorOf("type")}
      />
      {type === "APPROVE_PROGRAMME" || type === "APPOINT_CURATOR" ? (
        <SelectField label="Программа" required options={programmes} emptyLabel="— выберите —" registration={form.register("programmeId")} error={errorOf("programmeId")} />
      ) : null}
      {type === "APPOINT_MENTORS" ? (
        <SelectField
          label="Программа"
          options={programmes}
          emptyLabel="— без базы наставников —"
          hint="В приказ войдут кандидаты, рекомендованные комиссией по отбору: при подписании они будут назначены наставниками."
          registration={form.register("programmeId")}
          error={errorOf("programmeId")}
        />
      ) : null}
      {type === "APPOINT_CURATOR" ? (
        <SelectField label="Кого назначить куратором" required options={staff} emptyLabel="— выберите —" registration={form.register("curatorMembershipId")} error={errorOf("curatorMembershipId")} />
      ) : null}
      <SelectField
        label="Отменяет приказ"
        hint="Подписанный приказ не меняется: его отменяет или изменяет новый приказ."
        options={signed}
        emptyLabel="— не отменяет —"
        registration={form.register("cancelsOrderId")}
        error={errorOf("cancelsOrderId")}
      />
      <SubmitButton pending={pending} pendingText="Создание…">
        Создать проект
      </SubmitButton>
    </form>
  );
}
