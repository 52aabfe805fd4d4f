import { parseCalendarDate } from "@/lib/dates/calendar-date";

/** Mentees are 10 or older (Р-145: обучающиеся с 10 лет). */
export const MENTEE_MIN_AGE = 10;
/** Under 18 a person is a minor: a parent consents for them and mentors need a clean record. */
export const ADULT_AGE = 18;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Full years on `today` (both yyyy-MM-dd) of someone born on `birthDate`. Born on 29 February,
 * one comes of age on 28 February of a common year (a term ends on the month's last day, ГК РФ ст. 192).
 */
export function ageOn(birthDate: string, today: string): number {
  if (parseCalendarDate(birthDate) !== birthDate || parseCalendarDate(today) !== today) throw new Error(`Not a calendar date: ${birthDate}, ${today}`);
  const birthYear = Number(birthDate.slice(0, 4));
  const year = Number(today.slice(0, 4));
  const birthday = birthDate.slice(5) === "02-29" && !isLeapYear(year) ? "02-28" : birthDate.slice(5);
  return year - birthYear - (today.slice(5) < birthday ? 1 : 0);
}

/** A minor on `today`; unknown when the date of birth is not recorded. */
export function isMinor(birthDate: string | null, today: string): boolean | null {
  return birthDate === null ? null : ageOn(birthDate, today) < ADULT_AGE;
}

/** Old enough to be a mentee on `today`; unknown without a date of birth. */
export function isOldEnoughForMentee(birthDate: string | null, today: string): boolean | null {
  return birthDate === null ? null : ageOn(birthDate, today) >= MENTEE_MIN_AGE;
}
