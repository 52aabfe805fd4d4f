/**
 * Activity periods as schools write them («Октябрь -декабрь 2021», «до 20.08.2025»,
 * «в течение года»): the original text is kept, and understood as calendar dates.
 */

export type AcademicYear = { startYear: number }; // 2025 → 1 Sept 2025 – 31 Aug 2026

export type PeriodKind = "range" | "deadline" | "month" | "whole-year" | "programme" | "unscheduled";

export type ParsedPeriod =
  | { ok: true; kind: PeriodKind; start: string | null; end: string | null; text: string }
  | { ok: false; text: string; error: string };

type Recognised = { kind: PeriodKind; start: string | null; end: string | null };
type Failure = { error: string };
/** null: this form does not apply, try the next one. */
type Attempt = Recognised | Failure | null;

type CalendarDate = { year: number; month: number; day: number };

type Endpoint =
  | { kind: "date"; day: number; month: number; year: number | null }
  | { kind: "day"; day: number }
  | { kind: "month"; month: number; year: number | null };

const MONTH_STEMS = [
  "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
] as const;
// Nominative, genitive and prepositional: «январь», «января», «в январе».
const MONTH = String.raw`(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])`;
const YEAR = String.raw`(\d{4})(?:\s*(?:гг|г|года|году|год)\.?)?`;

// «15.09.2025», «15.09.25», and «15.09» without a year (it then belongs to the academic year).
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})(?:\s*(?:г|года)\.?)?)?$/;
const WORDED_DATE = new RegExp(String.raw`^(\d{1,2})\s+${MONTH}(?:\s+${YEAR})?$`);
const MONTH_ALONE = new RegExp(String.raw`^${MONTH}(?:\s+${YEAR})?$`);
const DAY_ALONE = /^(\d{1,2})$/;
const END_OF_MONTH = new RegExp(String.raw`^(?:конца|окончания)\s+${MONTH}(?:\s+${YEAR})?$`);

const UNSCHEDULED = [
  /^по мере /, /^постоянно/, /^ежедневно/, /^еженедельно/, /^ежемесячно/, /^ежеквартально/, /^регулярно/,
  /^систематически/, /^по графику/, /^согласно графику/, /^по плану/, /^согласно плану/, /^по запросу/,
  /^по согласованию/, /^в соответствии с/, /^не реже /, /^\d*\s*раза? в (?:неделю|месяц|четверть|полугодие)/,
];
const WHOLE_YEAR =
  /^(?:(?:в течение|на протяжении|в ходе)\s+(?:всего\s+)?(?:учебного\s+)?года|(?:весь|целый)\s+(?:учебный\s+)?год|учебный год|круглогодично)$/;
const PROGRAMME =
  /^(?:(?:в течение|на протяжении|в ходе|за)\s+(?:всего|всей)\s+(?:периода|срока|программы|реализации)|(?:весь|за весь|в)\s+период\s+реализации|весь период)/;
const ACADEMIC_YEAR = /^(?:(?:в течение|на)\s+)?(\d{4})\s*[-/]\s*(\d{4}|\d{2})(?:\s+(.*))?$/;
const ACADEMIC_YEAR_TAIL = /^(?:учебн(?:ый|ого|ом)\s+год[ау]?|уч\.?\s*г(?:од[ау]?)?\.?|гг?\.?|год[ау]?|годы|годов)$/;
const CALENDAR_YEAR = /^(?:в\s+)?(\d{4})(?:\s*(?:г|год|году)\.?)?$/;
const SCHOOL_PART = /^(i|ii|iii|iv|1|2|3|4)(?:-?(?:е|я|й|ое|ая|ий))?\s+(полугоди[еяи]|четверт[ьи]|квартал[ае]?)(?:\s+(\d{4})(?:\s*г(?:ода?)?\.?)?)?$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const RANGE_PREFIXES = [/^с\s+/];
const CONTAINER_PREFIXES = [/^в течение\s+/, /^на протяжении\s+/, /^во?\s+/];
const DEADLINE_PREFIXES = [/^(?:в срок\s+)?до\s+/, /^не позднее\s+/, /^не позже\s+/, /^к\s+/, /^по\s+/];
// «05.09, 12.10, 20.12.2025», «сентябрь, январь, май», «15 октября и 15 марта».
const LIST_SEPARATOR = /\s*[,;]\s*|\s+и\s+/;

export function parsePeriod(text: string, year: AcademicYear): ParsedPeriod {
  const normalised = normalise(text);
  const attempt = recognise(normalised, year.startYear);
  if (attempt === null) {
    return {
      ok: false,
      text,
      error: `Не удалось распознать срок «${text.trim()}»: напишите, например, «октябрь – декабрь 2025» или «до 20.08.2025»`,
    };
  }
  if ("error" in attempt) return { ok: false, text, error: attempt.error };
  if (attempt.start !== null && attempt.end !== null && attempt.end < attempt.start) {
    return { ok: false, text, error: `Конец срока раньше начала: «${text.trim()}»` };
  }
  return { ok: true, ...attempt, text };
}

export function describePeriod(p: ParsedPeriod): string {
  if (!p.ok) return "срок не распознан";
  const { start, end } = p;
  if (start === null) return end === null ? "без фиксированного срока" : `до ${russianDate(end)}`;
  if (end === null) return `с ${russianDate(start)}`;
  if (start === end) return russianDate(start);
  return `${russianDate(start)} – ${russianDate(end)}`;
}

// Four-digit years anywhere; two-digit years at the end of a numeric date (1.01.21) or
// after a four-digit year («2021-22»).
const YEAR_IN_TEXT =
  /(\d{1,2}\.\d{1,2}\.)(\d{4}|\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})(?!\d)(?:(\s*[-\u2010-\u2015\u2212/]\s*)(\d{2})(?![\d.]))?/g;

export function shiftPeriodText(text: string, years: number): string {
  if (years === 0) return text;
  return text.replace(
    YEAR_IN_TEXT,
    (match: string, datePrefix?: string, dateYear?: string, fullYear?: string, separator?: string, shortYear?: string) => {
      if (datePrefix !== undefined && dateYear !== undefined) {
        return datePrefix + shiftYearDigits(dateYear, years);
      }
      if (fullYear === undefined) return match;
      const shifted = shiftYearDigits(fullYear, years);
      if (separator === undefined || shortYear === undefined) return shifted;
      // «2021-15» is not a pair of years; only «2021-22» is.
      if (Number(shortYear) !== (Number(fullYear) + 1) % 100) return shifted + match.slice(fullYear.length);
      return shifted + separator + shiftYearDigits(shortYear, years);
    },
  );
}

function shiftYearDigits(digits: string, years: number): string {
  if (digits.length === 4) return String(Number(digits) + years);
  return String((((Number(digits) + years) % 100) + 100) % 100).padStart(2, "0");
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.,;]+$/, "");
}

function recognise(text: string, startYear: number): Attempt {
  const yearBounds = academicYearBounds(startYear);
  if (text === "" || UNSCHEDULED.some((pattern) => pattern.test(text))) {
    return { kind: "unscheduled", start: null, end: null };
  }
  if (WHOLE_YEAR.test(text)) return { kind: "whole-year", ...yearBounds };
  if (PROGRAMME.test(text)) return { kind: "programme", ...yearBounds };

  return (
    explicitAcademicYear(text) ??
    calendarYear(text) ??
    schoolPart(text, startYear) ??
    deadline(text, startYear) ??
    rangeOrPoint(text, startYear) ??
    listOfDates(text, startYear)
  );
}

/** Several dates or months in one cell: the period runs from the first to the last. */
function listOfDates(text: string, startYear: number): Attempt {
  const parts = text.split(LIST_SEPARATOR).filter((part) => part !== "");
  if (parts.length < 2) return null;
  const dated: Recognised[] = [];
  for (const part of parts) {
    const attempt = rangeOrPoint(part, startYear) ?? deadline(part, startYear);
    if (attempt === null || "error" in attempt) return attempt;
    dated.push(attempt);
  }
  const starts = dated.map((part) => part.start ?? part.end).filter((date): date is string => date !== null).sort();
  const ends = dated.map((part) => part.end ?? part.start).filter((date): date is string => date !== null).sort();
  const first = starts[0];
  const last = ends[ends.length - 1];
  if (first === undefined || last === undefined) return null;
  return { kind: "range", start: first, end: last };
}

function explicitAcademicYear(text: string): Attempt {
  const match = ACADEMIC_YEAR.exec(text);
  if (!match) return null;
  const [, first = "", second = "", tail] = match;
  if (tail !== undefined && !ACADEMIC_YEAR_TAIL.test(tail)) return null;
  const startYear = Number(first);
  const endYear = second.length === 2 ? Math.floor(startYear / 100) * 100 + Number(second) : Number(second);
  if (endYear !== startYear + 1) return null;
  return { kind: "range", ...academicYearBounds(startYear) };
}

function calendarYear(text: string): Attempt {
  const match = CALENDAR_YEAR.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return { kind: "range", start: iso({ year, month: 1, day: 1 }), end: iso({ year, month: 12, day: 31 }) };
}

/** «I полугодие», «II четверть», «1 квартал 2026». Halves and quarters (четверти) follow the school year. */
function schoolPart(text: string, startYear: number): Attempt {
  const match = SCHOOL_PART.exec(withoutPrefix(text, CONTAINER_PREFIXES));
  if (!match) return null;
  const [, numeral = "", unit = "", writtenYear] = match;
  const number = ROMAN[numeral] ?? Number(numeral);
  const monthSpan = (firstMonth: number, lastMonth: number, year: number): Recognised => ({
    kind: "range",
    start: iso({ year, month: firstMonth, day: 1 }),
    end: iso(lastDayOf(year, lastMonth)),
  });

  if (unit.startsWith("квартал")) {
    const firstMonth = (number - 1) * 3 + 1;
    const year = writtenYear !== undefined ? Number(writtenYear) : yearInAcademicYear(firstMonth, startYear);
    return monthSpan(firstMonth, firstMonth + 2, year);
  }
  if (writtenYear !== undefined) return null;
  if (unit.startsWith("полугоди")) {
    if (number === 1) return monthSpan(9, 12, startYear);
    if (number === 2) return monthSpan(1, 5, startYear + 1);
    return null;
  }
  // Approximate school quarters: Sept–Oct, Nov–Dec, Jan–Mar, Apr–May.
  const quarters: Record<number, [number, number]> = { 1: [9, 10], 2: [11, 12], 3: [1, 3], 4: [4, 5] };
  const months = quarters[number];
  if (!months) return null;
  return monthSpan(months[0], months[1], yearInAcademicYear(months[0], startYear));
}

function deadline(text: string, startYear: number): Attempt {
  const rest = withoutPrefix(text, DEADLINE_PREFIXES);
  if (rest === text) return null;

  const endOfMonth = END_OF_MONTH.exec(rest);
  if (endOfMonth) {
    const month = monthNumber(endOfMonth[1] ?? "");
    const year = endOfMonth[2] !== undefined ? Number(endOfMonth[2]) : yearInAcademicYear(month, startYear);
    return { kind: "deadline", start: null, end: iso(lastDayOf(year, month)) };
  }
  const point = parseEndpoint(rest);
  if (point === null || point.kind !== "date") return null;
  const date = validDate({ year: point.year ?? yearInAcademicYear(point.month, startYear), month: point.month, day: point.day });
  if ("error" in date) return date;
  return { kind: "deadline", start: null, end: iso(date) };
}

function rangeOrPoint(text: string, startYear: number): Attempt {
  const afterRangePrefix = withoutPrefix(text, RANGE_PREFIXES);
  if (afterRangePrefix !== text) {
    const parts = afterRangePrefix.split(/\s+(?:по|до)\s+|-/);
    return parts.length === 2 ? range(parts[0] ?? "", parts[1] ?? "", startYear) : null;
  }
  const body = withoutPrefix(text, CONTAINER_PREFIXES);
  const parts = body.split("-");
  if (parts.length === 2) return range(parts[0] ?? "", parts[1] ?? "", startYear);
  if (parts.length === 1) return point(body, startYear);
  return null;
}

function point(text: string, startYear: number): Attempt {
  const endpoint = parseEndpoint(text);
  if (endpoint === null || endpoint.kind === "day") return null;
  const year = endpoint.year ?? yearInAcademicYear(endpoint.month, startYear);
  if (endpoint.kind === "month") {
    return { kind: "month", start: iso({ year, month: endpoint.month, day: 1 }), end: iso(lastDayOf(year, endpoint.month)) };
  }
  const date = validDate({ year, month: endpoint.month, day: endpoint.day });
  if ("error" in date) return date;
  return { kind: "range", start: iso(date), end: iso(date) };
}

function range(fromText: string, toText: string, startYear: number): Attempt {
  const to = parseEndpoint(toText.trim());
  let from = parseEndpoint(fromText.trim());
  if (from === null || to === null || to.kind === "day") return null;
  // «1–15 сентября 2025»: the first day borrows the month and year of the second.
  if (from.kind === "day") {
    if (to.kind !== "date") return null;
    from = { kind: "date", day: from.day, month: to.month, year: to.year };
  }

  let fromYear = from.year;
  let toYear = to.year;
  if (fromYear === null && toYear !== null) {
    fromYear = from.month <= to.month ? toYear : toYear - 1;
  } else if (fromYear === null) {
    fromYear = yearInAcademicYear(from.month, startYear);
  }
  if (toYear === null) toYear = to.month >= from.month ? fromYear : fromYear + 1;

  const start = validDate({ year: fromYear, month: from.month, day: from.kind === "date" ? from.day : 1 });
  if ("error" in start) return start;
  const end = to.kind === "date" ? validDate({ year: toYear, month: to.month, day: to.day }) : lastDayOf(toYear, to.month);
  if ("error" in end) return end;
  return { kind: "range", start: iso(start), end: iso(end) };
}

function parseEndpoint(text: string): Endpoint | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, day = "", month = "", year] = numeric;
    return { kind: "date", day: Number(day), month: Number(month), year: year === undefined ? null : fullYear(year) };
  }
  const worded = WORDED_DATE.exec(text);
  if (worded) {
    const [, day = "", month = "", year] = worded;
    return { kind: "date", day: Number(day), month: monthNumber(month), year: year === undefined ? null : Number(year) };
  }
  const monthAlone = MONTH_ALONE.exec(text);
  if (monthAlone) {
    const [, month = "", year] = monthAlone;
    return { kind: "month", month: monthNumber(month), year: year === undefined ? null : Number(year) };
  }
  const day = DAY_ALONE.exec(text);
  if (day) return { kind: "day", day: Number(day[1]) };
  return null;
}

function withoutPrefix(text: string, prefixes: RegExp[]): string {
  for (const prefix of prefixes) {
    if (prefix.test(text)) return text.replace(prefix, "");
  }
  return text;
}

function monthNumber(word: string): number {
  return MONTH_STEMS.findIndex((stem) => word.startsWith(stem)) + 1;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** A month without a year belongs to the academic year: Sept–Dec its first year, Jan–Aug the next. */
function yearInAcademicYear(month: number, startYear: number): number {
  return month >= 9 ? startYear : startYear + 1;
}

function academicYearBounds(startYear: number): { start: string; end: string } {
  return { start: iso({ year: startYear, month: 9, day: 1 }), end: iso({ year: startYear + 1, month: 8, day: 31 }) };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function lastDayOf(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

function validDate(date: CalendarDate): CalendarDate | Failure {
  const { year, month, day } = date;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { error: `Такой даты нет в календаре: ${pad(day)}.${pad(month)}.${year}` };
  }
  return date;
}

function iso({ year, month, day }: CalendarDate): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function russianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
