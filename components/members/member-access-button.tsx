"use client";

import { useActionState } from "react";
import { disableMemberAction, enableMemberAction } from "@/lib/members/actions";
import { IDLE } from "@/lib/actions/result";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function MemberAccessButton({ slug, membershipId, disabled }: { slug: string; membershipId: string; disabled: boolean }) {
  const [state, action] = useActionState(disabled ? enableMemberAction : disableMemberAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <p className="text-sm text-muted">
        {disabled
          ? "Участник отключён и не может войти в организацию. Восстановите доступ, если он вернулся."
          : "Отключение закрывает доступ к организации сразу, со следующего запроса. Записи участника сохраняются."}
      </p>
      <SubmitButton variant={disabled ? "secondary" : "danger"} pendingText="Подождите…">
        {disabled ? "Восстановить доступ" : "Отключить участника"}
      </SubmitButton>
    </form>
  );
}
