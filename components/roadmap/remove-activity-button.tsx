"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { removeActivityAction } from "@/lib/roadmap/actions";
import { IDLE } from "@/lib/actions/result";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Removes the activity and goes back to its roadmap (its own page no longer exists). */
export function RemoveActivityButton({ slug, activityId, roadmapPath }: { slug: string; activityId: string; roadmapPath: string }) {
  const router = useRouter();
  const [state, action] = useActionState(removeActivityAction, IDLE);
  useEffect(() => {
    if (state.status === "success") router.replace(roadmapPath);
  }, [state.status, router, roadmapPath]);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" name="activityId" value={activityId} />
      <SubmitButton variant="danger" pendingText="Удаление…">
        Удалить мероприятие
      </SubmitButton>
    </form>
  );
}
