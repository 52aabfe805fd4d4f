"use client";

import { useActionState } from "react";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import { IDLE } from "@/lib/actions/result";

export function RevokeInvitationButton({ slug, invitationId }: { slug: string; invitationId: string }) {
  const [state, action, pending] = useActionState(revokeInvitationAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded px-2 text-sm text-red-800 underline">
        Отозвать
      </button>
      {state.status === "error" ? <span role="alert" className="block text-xs text-red-800">{state.message}</span> : null}
    </form>
  );
}
