import type { PersonCategory } from "@/lib/generated/prisma/enums";

/** Cell values of class and staff lists as schools type them, read into what a person's fields take. */

export type SplitName = { lastName: string; firstName: string; middleName?: string };

/** «ИВАНОВ иван» → «Иванов Иван»; «Салтыков-Щедрин» keeps its hyphen. */
function capitalised(word: string): string {
  return word
    .split("-")
    .map((part) => (part === "" ? part : part[0]?.toUpperCase() + part.slice(1).toLowerCase()))
    .join("-");
}

const INITIAL = /^[А-ЯЁA-Z]\.?$/i;

/**
 * «Иванов Иван Иванович», «Мамедов Али Гусейн оглы» → surname, name, patronymic; an error for a
 * single word or initials («Иванов И.И.»: the import needs the names in full).
 */
export function splitFullName(text: string): SplitName | { error: string } {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length < 2) return { error: `«${text.trim()}»: нужны фамилия и имя` };
  if (words.slice(1).some((word) => INITIAL.test(word) || /^[А-ЯЁ]\.[А-ЯЁ]\.?$/i.test(word))) {
    return { error: `«${text.trim()}»: имя и отчество записаны инициалами, нужны полностью` };
  }
  const [lastName = "", firstName = "", ...rest] = words;
  const middleName = rest.map((word) => (/^(оглы|кызы)$/i.test(word) ? word.toLowerCase() : capitalised(word))).join(" ");
  return { lastName: capitalised(lastName), firstName: capitalised(firstName), ...(middleName ? { middleName } : {}) };
}

/** A separate name cell, capitalised as a name is. */
export function namePart(text: string): string {
  return text.replace(/\s+/g, " ").trim().split(" ").map(capitalised).join(" ");
}

const pad = (value: number) => String(value).padStart(2, "0");
const MONTHS = ["январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

/** Days from 30.12.1899, as Excel counts: 41347 → 2013-03-14. */
function fromExcelSerial(serial: number): string {
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/**
 * A date of birth as written — «14.03.2013», «14.03.13», «14/03/2013», «2013-03-14», «14 марта
 * 2013 г.», or an Excel date — as yyyy-MM-dd; null when it is none. A two-digit year is of this
 * century unless that would be in the future.
 */
export function birthDateOf(text: string, thisYear: number): string | null {
  const value = text.trim().toLowerCase();
  if (/^\d{5}$/.test(value)) {
    const serial = Number(value);
    return serial > 7000 && serial < 80000 ? fromExcelSerial(serial) : null;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s*г\.?)?$/.exec(value);
  const worded = /^(\d{1,2})\s+([а-я]+)\s+(\d{4})(?:\s*г(?:ода?)?\.?)?$/.exec(value);
  let day: number, month: number, year: number;
  if (dotted) [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (worded) {
    const index = MONTHS.findIndex((stem) => new RegExp(`^${stem}`).test(worded[2] ?? ""));
    if (index < 0) return null;
    [day, month, year] = [Number(worded[1]), index + 1, Number(worded[3])];
  } else return null;
  if (year < 100) year += year + 2000 > thisYear ? 1900 : 2000;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** «ученик», «обучающийся», «педагог», «родитель» … → a category; null when the words say none. */
export function categoryOf(text: string): PersonCategory | null {
  const value = text.toLowerCase().replace(/ё/g, "е");
  if (/работодател|предприяти|партнер/.test(value)) return "EMPLOYER_REPRESENTATIVE";
  if (/выпускник/.test(value)) return "GRADUATE";
  if (/родител|законн|мать|отец|опекун/.test(value)) return "PARENT";
  if (/студент/.test(value)) return "STUDENT";
  if (/обучающ|учащ|ученик|школьник|воспитанник/.test(value)) return "PUPIL";
  if (/педагог|учител|преподавател|сотрудник|работник|воспитател|психолог|методист/.test(value)) return "TEACHER";
  return null;
}

/** «Итого: 25 человек», «Всего» — a totals row, not a person. */
export function isTotalsRow(cells: readonly string[]): boolean {
  return cells.some((cell) => /^(итого|всего)(?![а-я])/i.test(cell.trim()));
}

/** A sheet named for its class: «7А», «7 А», «7А класс», «10-Б». */
export function classOfSheetName(name: string): string | null {
  const match = /^\s*(\d{1,2})\s*[-\s]?\s*([А-ЯЁа-яё])?\s*(?:класс|кл\.?)?\s*$/.exec(name);
  return match ? `${match[1]}${(match[2] ?? "").toUpperCase()}` : null;
}
