/**
 * Plain calendar dates (a deadline, an order's date, a programme's first day): no time, no
 * zone. They travel as ISO strings (yyyy-MM-dd) and are stored as UTC midnight, which is
 * what a PostgreSQL `date` column gives back. Every conversion goes through here.
 */
export { academicYearBounds, academicYearLabel, academicYearOf, academicYearStartOf } from "@/lib/programmes/academic-year";
export { todayIn } from "@/lib/i18n/format";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RUSSIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function fromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** «05.09.2025» or «2025-09-05» → «2025-09-05»; null when it is not a day of the calendar. */
export function parseCalendarDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const russian = RUSSIAN.exec(value);
  return russian ? fromParts(Number(russian[3]), Number(russian[2]), Number(russian[1])) : null;
}

/** The stored form of a plain date: its UTC midnight. */
export function calendarDate(iso: string): Date {
  const checked = parseCalendarDate(iso);
  if (!checked || checked !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

/** A stored plain date back as yyyy-MM-dd. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** «2025-09-05» → «05.09.2025». */
export function formatCalendarDate(value: string | Date): string {
  const [year, month, day] = (typeof value === "string" ? value : isoDay(value)).split("-");
  return `${day}.${month}.${year}`;
}

export function addDays(iso: string, days: number): string {
  const date = calendarDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}
