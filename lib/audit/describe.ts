import { ROLE_LABELS } from "@/lib/access/roles";
import type { DenialRepeats } from "@/lib/audit/denials";
import { formatDateTime } from "@/lib/i18n/format";

const KEY_LABELS: Record<string, string> = {
  email: "e-mail",
  before: "было",
  after: "стало",
  roles: "роли",
  disabled: "учётная запись отключена",
  locked: "вход заблокирован",
  by: "блокировка",
  title: "название",
  number: "номер",
  order: "приказ",
  year: "учебный год",
  template: "шаблон",
  copiedFrom: "копия программы",
  approvers: "согласующих",
  reason: "причина",
  slug: "адрес",
  shortName: "наименование",
  name: "наименование",
  timeZone: "часовой пояс",
  file: "файл",
  size: "размер, байт",
  activity: "мероприятие",
  form: "форма",
  roleModels: "ролевые модели",
  moved: "перемещено",
};

const VALUE_LABELS: Record<string, string> = {
  account: "по учётной записи",
  up: "выше",
  down: "ниже",
  address: "по адресу",
  true: "да",
  false: "нет",
  ...ROLE_LABELS,
  SUPERVISOR: "специалист органа управления",
  PLANNED: "запланировано",
  IN_PROGRESS: "в работе",
  DONE: "выполнено",
  CANCELLED: "отменено",
};

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  const text = String(value);
  return VALUE_LABELS[text] ?? text;
}

/** An audit record's details in the journal's Russian: «стало: Наставник; e-mail: …». */
export function describeAuditDetails(details: unknown): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return "";
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${KEY_LABELS[key] ?? key}: ${valueText(value)}`)
    .join("; ");
}

/** «отказано в доступе ×12, последний раз 23:41» for a counted denial; nothing for a single one. */
export function describeRepeats(repeats: DenialRepeats | null, timeZone: string): string {
  if (!repeats || repeats.count < 2) return "";
  // The last refusal falls within the event's own hour: its time of day is enough.
  const time = formatDateTime(repeats.lastAt, timeZone).slice(-"HH:mm".length);
  return `отказано в доступе ×${repeats.count}, последний раз ${time}`;
}
