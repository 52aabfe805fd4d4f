"use client";

import { useEffect } from "react";

import { updateOrderAction } from "@/lib/orders/actions";
import { updateOrderSchema } from "@/lib/orders/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";

export function OrderTextForm({ slug, order }: { slug: string; order: { id: string; version: number; title: string; preamble: string; points: string[] } }) {
  const { form, state, pending, onSubmit, errorOf } = useActionForm(updateOrderSchema, updateOrderAction, {
    defaultValues: {
      orderId: order.id,
      version: order.version,
      title: order.title,
      preamble: order.preamble,
      points: order.points.map((point, index) => `${index + 1}. ${point}`).join("\n"),
    },
  });
  // After a save the page brings the new version: keep the form (and its message), update the version.
  const { setValue } = form;
  useEffect(() => setValue("version", order.version), [order.version, setValue]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("orderId")} />
      <input type="hidden" {...form.register("version")} />
      <Field label="Заголовок (начинается с «О» или «Об»)" required registration={form.register("title")} error={errorOf("title")} />
      <div className="space-y-1">
        <label htmlFor="order-preamble" className="block text-sm font-medium">Констатирующая часть (до «ПРИКАЗЫВАЮ:»)</label>
        <textarea id="order-preamble" rows={5} className={inputClass} aria-invalid={errorOf("preamble") ? true : undefined} {...form.register("preamble")} />
        <FieldError id="order-preamble-error" error={errorOf("preamble")} />
      </div>
      <div className="space-y-1">
        <label htmlFor="order-points" className="block text-sm font-medium">Пункты приказа — каждый с новой строки</label>
        <textarea id="order-points" rows={8} className={inputClass} aria-invalid={errorOf("points") ? true : undefined} {...form.register("points")} />
        <FieldError id="order-points-error" error={errorOf("points")} />
      </div>
      <SubmitButton pending={pending}>Сохранить проект</SubmitButton>
    </form>
  );
}
