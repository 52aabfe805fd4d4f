import { format } from "date-fns";
import { ru } from "date-fns/locale";

// Building an Intl.DateTimeFormat costs ten times what formatting with one does (~55 µs against
// ~5), and a page formats dozens of dates in one or two zones: one formatter per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock parts of an instant in a given IANA time zone. */
function zonedParts(instant: Date, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** The instant as a local date-time in the zone, as a Date whose UTC fields carry it (for date-fns). */
function asLocal(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute);
}

/** The wall clock of an instant in the zone, carried in a Date's UTC fields (what a spreadsheet shows). */
export function wallClock(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/** 17.01.2023 */
export function formatDate(instant: Date, timeZone: string): string {
  return format(asLocal(instant, timeZone), "dd.MM.yyyy");
}

/** 17.01.2023 14:05 */
export function formatDateTime(instant: Date, timeZone: string): string {
  return format(asLocal(instant, timeZone), "dd.MM.yyyy HH:mm");
}

/** «17 января 2023 г.» */
export function formatLongDate(instant: Date, timeZone: string): string {
  return `${format(asLocal(instant, timeZone), "d MMMM yyyy", { locale: ru })} г.`;
}

/** "Today" in the organisation's zone, as yyyy-MM-dd. */
export function todayIn(timeZone: string, now = new Date()): string {
  const p = zonedParts(now, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Midnight of a plain date (yyyy-MM-dd) in the zone, as an instant. */
export function startOfDayInZone(isoDay: string, timeZone: string): Date {
  const guess = new Date(`${isoDay}T00:00:00Z`);
  const p = zonedParts(guess, timeZone);
  const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return new Date(guess.getTime() - (shownAsUtc - guess.getTime()));
}

export function pluralRu(count: number, [one, few, many]: readonly [string, string, string]): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n > 10 && n < 20) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

export function countRu(count: number, forms: readonly [string, string, string]): string {
  return `${count} ${pluralRu(count, forms)}`;
}

/** «Фукалова Н.С.» / «Н.С. Фукалова» (signatures put the initials first). */
export function initials(person: { lastName: string; firstName: string; middleName?: string | null }, initialsFirst = false): string {
  const letters = [person.firstName, person.middleName]
    .filter((part): part is string => Boolean(part))
    .map((part) => `${part[0]}.`)
    .join("");
  return initialsFirst ? `${letters} ${person.lastName}` : `${person.lastName} ${letters}`;
}

/** «Никитина Светлана Андреевна» → «С.А. Никитина», for a signature line. */
export function initialsOfFullName(name: string): string {
  const [lastName = "", firstName = "", middleName] = name.trim().split(/\s+/);
  return initials({ lastName, firstName, middleName }, true);
}

export function fullName(person: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(" ");
}

export const TIME_ZONES = [
  { id: "Europe/Kaliningrad", label: "Калининград (МСК−1)" },
  { id: "Europe/Moscow", label: "Москва (МСК)" },
  { id: "Europe/Samara", label: "Самара (МСК+1)" },
  { id: "Asia/Yekaterinburg", label: "Екатеринбург (МСК+2)" },
  { id: "Asia/Omsk", label: "Омск (МСК+3)" },
  { id: "Asia/Krasnoyarsk", label: "Красноярск (МСК+4)" },
  { id: "Asia/Irkutsk", label: "Иркутск (МСК+5)" },
  { id: "Asia/Yakutsk", label: "Якутск (МСК+6)" },
  { id: "Asia/Vladivostok", label: "Владивосток (МСК+7)" },
  { id: "Asia/Magadan", label: "Магадан (МСК+8)" },
  { id: "Asia/Kamchatka", label: "Петропавловск-Камчатский (МСК+9)" },
] as const;

export const TIME_ZONE_IDS = TIME_ZONES.map((zone) => zone.id) as [string, ...string[]];
