/** Every kind of audit event, with the Russian label the journal shows. */
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Вход в систему",
  "auth.sign_in_failed": "Неудачная попытка входа",
  "auth.locked": "Вход временно заблокирован",
  "auth.sign_out": "Выход из системы",
  "access.denied": "Отказ в доступе к чужой организации",
  "invitation.created": "Приглашение создано",
  "invitation.revoked": "Приглашение отозвано",
  "invitation.accepted": "Приглашение принято",
  "membership.roles_changed": "Роли изменены",
  "membership.disabled": "Участник отключён",
  "membership.enabled": "Участник восстановлен",
  "organisation.created": "Организация создана",
  "organisation.updated": "Сведения об организации изменены",
  "authority.created": "Орган управления образованием создан",
  "profile.updated": "Профиль изменён",
  "profile.password_changed": "Пароль изменён",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionLabel(action: string): string {
  return action in AUDIT_ACTIONS ? AUDIT_ACTIONS[action as AuditAction] : action;
}
