"use client";

import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { setActivityStatusAction } from "@/lib/roadmap/actions";
import { ACTIVITY_STATUS_LABELS } from "@/lib/roadmap/views";
import { ActionButton } from "@/components/forms/action-button";

/** With `completedOn`, a date field lets the completion be dated (it defaults to today in the organisation). */
export function ActivityStatusControl({
  slug,
  activityId,
  status,
  label,
  completedOn,
}: {
  slug: string;
  activityId: string;
  status: ActivityStatus;
  label: string;
  completedOn?: string;
}) {
  return (
    <ActionButton action={setActivityStatusAction} fields={{ organisation: slug, activityId }} label={completedOn !== undefined ? "Сохранить статус" : "OK"} pendingText="…">
      <label className="sr-only" htmlFor={`status-${activityId}`}>
        Статус: {label}
      </label>
      <select id={`status-${activityId}`} name="status" defaultValue={status} className="min-h-11 w-full rounded border border-slate-400 bg-white px-2 text-sm">
        {(Object.keys(ACTIVITY_STATUS_LABELS) as ActivityStatus[]).map((value) => (
          <option key={value} value={value}>
            {ACTIVITY_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {completedOn !== undefined ? (
        <>
          <label htmlFor={`completed-${activityId}`} className="block text-sm font-medium">
            Дата выполнения (для статуса «выполнено»)
          </label>
          <input id={`completed-${activityId}`} type="date" name="completedOn" defaultValue={completedOn} className="min-h-11 w-full rounded border border-slate-400 bg-white px-2 text-sm" />
        </>
      ) : null}
    </ActionButton>
  );
}
