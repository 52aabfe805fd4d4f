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
  "programme.created": "Программа наставничества создана",
  "programme.updated": "Программа наставничества изменена",
  "programme.approved": "Программа наставничества утверждена приказом",
  "roadmap.stage_added": "Этап дорожной карты добавлен",
  "roadmap.stage_changed": "Этап дорожной карты изменён",
  "roadmap.stage_removed": "Этап дорожной карты удалён",
  "roadmap.activity_added": "Мероприятие добавлено",
  "roadmap.activity_changed": "Мероприятие изменено",
  "roadmap.activity_status": "Статус мероприятия изменён",
  "roadmap.activity_removed": "Мероприятие удалено",
  "roadmap.evidence_added": "Подтверждение мероприятия добавлено",
  "roadmap.evidence_removed": "Подтверждение мероприятия удалено",
  "roadmap.comment_added": "Комментарий к мероприятию",
  "programme.completed": "Программа наставничества завершена",
  "roadmap.imported": "Дорожная карта загружена из файла",
  "order.drafted": "Проект приказа создан",
  "order.updated": "Проект приказа изменён",
  "order.submitted": "Приказ направлен на согласование",
  "order.agreed": "Приказ согласован",
  "order.returned": "Приказ возвращён на доработку",
  "order.signed": "Приказ подписан",
  "order.cancelled": "Приказ отменён другим приказом",
  "order.deleted": "Проект приказа удалён",
  "order.scan_attached": "Скан подписанного приказа приложен",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionLabel(action: string): string {
  return action in AUDIT_ACTIONS ? AUDIT_ACTIONS[action as AuditAction] : action;
}
