"use client";

import { setNumberingAction } from "@/lib/orders/actions";
import { ActionButton } from "@/components/forms/action-button";
import { inputClass } from "@/components/ui/field";

export function NumberingForm({ slug, pattern }: { slug: string; pattern: string }) {
  return (
    <ActionButton action={setNumberingAction} fields={{ organisation: slug }} label="Сохранить шаблон">
      <div className="space-y-1">
        <label htmlFor="numbering-pattern" className="block text-sm font-medium">Шаблон номера приказа</label>
        <input id="numbering-pattern" name="pattern" defaultValue={pattern} className={inputClass} />
        <p className="text-sm text-muted">{"{n} — порядковый номер за год, {nn} — с нулём впереди, {yyyy} — год. Например: «{n}», «{n}/од», «328-01-{nn}»."}</p>
      </div>
    </ActionButton>
  );
}
