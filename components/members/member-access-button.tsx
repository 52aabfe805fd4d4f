"use client";

import { disableMemberAction, enableMemberAction } from "@/lib/members/actions";
import { ActionButton } from "@/components/forms/action-button";

export function MemberAccessButton({ slug, membershipId, disabled }: { slug: string; membershipId: string; disabled: boolean }) {
  return (
    <ActionButton
      action={disabled ? enableMemberAction : disableMemberAction}
      fields={{ organisation: slug, membershipId }}
      label={disabled ? "Восстановить доступ" : "Отключить участника"}
      variant={disabled ? "secondary" : "danger"}
    >
      <p className="text-sm text-muted">
        {disabled
          ? "Участник отключён и не может войти в организацию. Восстановите доступ, если он вернулся."
          : "Отключение закрывает доступ к организации сразу, со следующего запроса. Записи участника сохраняются."}
      </p>
    </ActionButton>
  );
}
