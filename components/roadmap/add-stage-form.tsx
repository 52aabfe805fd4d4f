"use client";

import { addStageAction } from "@/lib/roadmap/actions";
import { ActionButton } from "@/components/forms/action-button";
import { inputClass } from "@/components/ui/field";

export function AddStageForm({ slug, programmeId }: { slug: string; programmeId: string }) {
  return (
    <ActionButton action={addStageAction} fields={{ organisation: slug, programmeId }} label="Добавить этап">
      <label htmlFor="new-stage-title" className="block text-sm font-medium">Новый этап</label>
      <input id="new-stage-title" name="title" className={inputClass} placeholder="Например: Информационная поддержка" />
    </ActionButton>
  );
}
