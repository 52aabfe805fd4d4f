"use client";

import { moveStageAction, removeStageAction, renameStageAction } from "@/lib/roadmap/actions";
import { ActionButton } from "@/components/forms/action-button";

export function StageControls({ slug, stage }: { slug: string; stage: { id: string; title: string } }) {
  const fields = { organisation: slug, stageId: stage.id };
  return (
    <span className="flex flex-wrap items-center gap-1">
      <ActionButton action={moveStageAction} fields={{ ...fields, direction: "up" }} label="↑" pendingText="…" />
      <ActionButton action={moveStageAction} fields={{ ...fields, direction: "down" }} label="↓" pendingText="…" />
      <details className="relative">
        <summary className="min-h-11 cursor-pointer rounded px-2 py-2 text-brand-700">Изменить этап</summary>
        <div className="absolute right-0 z-10 w-80 space-y-3 rounded-md border border-slate-300 bg-white p-3 text-left shadow-lg">
          <ActionButton action={renameStageAction} fields={fields} label="Переименовать">
            <label className="block text-sm font-medium" htmlFor={`stage-title-${stage.id}`}>Название этапа</label>
            <input id={`stage-title-${stage.id}`} name="title" defaultValue={stage.title} className="min-h-11 w-full rounded border border-slate-400 px-2" />
          </ActionButton>
          <ActionButton action={removeStageAction} fields={fields} label="Удалить этап с мероприятиями" variant="danger" />
        </div>
      </details>
    </span>
  );
}
