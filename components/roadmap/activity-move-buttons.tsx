"use client";

import { moveActivityAction } from "@/lib/roadmap/actions";
import { ActionButton } from "@/components/forms/action-button";

export function ActivityMoveButtons({ slug, activityId }: { slug: string; activityId: string }) {
  return (
    <span className="mt-1 flex gap-1" aria-label="Порядок мероприятия">
      <ActionButton action={moveActivityAction} fields={{ organisation: slug, activityId, direction: "up" }} label="↑" pendingText="…" />
      <ActionButton action={moveActivityAction} fields={{ organisation: slug, activityId, direction: "down" }} label="↓" pendingText="…" />
    </span>
  );
}
