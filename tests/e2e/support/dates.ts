/** Dates as the app shows them to a school in Europe/Samara (the fresh tenants' time zone). */
export const SCHOOL_TIME_ZONE = "Europe/Samara";

/** Today in the school's time zone, as an ISO date (yyyy-MM-dd). */
export function schoolToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SCHOOL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 2025-12-20 → «20.12.2025». */
export function russianDate(isoDay: string): string {
  const [year, month, day] = isoDay.split("-");
  return `${day}.${month}.${year}`;
}

/** The academic year today belongs to, as its start year (2026 for 24.11.2026). */
export function currentAcademicYear(): number {
  const [year, month] = schoolToday().split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}
