import { countRu } from "@/lib/i18n/format";
import { academicYearLabel, academicYearStartOf } from "@/lib/programmes/academic-year";
import { parsePeriod } from "@/lib/roadmap/period";

/** A roadmap of another year (schools reuse last year's): the whole years that would bring its dates into the programme's. */
export type YearShiftOffer = { years: number; fileYear: number; outside: number; dated: number };

/** The year a period names by itself; null when it has no year of its own («сентябрь», «в течение года»). */
function writtenAcademicYear(text: string, academicYear: number): number | null {
  const here = parsePeriod(text, { startYear: academicYear });
  const next = parsePeriod(text, { startYear: academicYear + 1 });
  if (!here.ok || !next.ok || here.start !== next.start || here.end !== next.end) return null;
  const date = here.start ?? here.end;
  return date === null ? null : academicYearStartOf(date);
}

/**
 * Offered when most periods that carry a year fall in one other academic year than the
 * programme's; null when the file's dates already fit (or fit no single other year).
 */
export function yearShiftOffer(periodTexts: string[], academicYear: number): YearShiftOffer | null {
  const years = periodTexts.map((text) => writtenAcademicYear(text, academicYear)).filter((year): year is number => year !== null);
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const fitting = counts.get(academicYear) ?? 0;
  const [fileYear, count] = [...counts.entries()].filter(([year]) => year !== academicYear).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [academicYear, 0];
  if (count === 0 || count <= fitting) return null;
  return { years: academicYear - fileYear, fileYear, outside: years.length - fitting, dated: years.length };
}

/** «на 1 год вперёд», «на 2 года назад». */
export function shiftLabel(years: number): string {
  return `на ${countRu(Math.abs(years), ["год", "года", "лет"])} ${years > 0 ? "вперёд" : "назад"}`;
}

export function yearShiftMessage(offer: YearShiftOffer, academicYear: number): string {
  return (
    `Сроки в файле — на ${academicYearLabel(offer.fileYear)} учебный год, а программа — на ${academicYearLabel(academicYear)}: ` +
    `${offer.outside} из ${offer.dated} сроков с годом не попадают в год программы. Их можно сдвинуть ${shiftLabel(offer.years)}.`
  );
}

export function shiftedMessage(years: number): string {
  return `Годы в сроках сдвинуты ${shiftLabel(years)}: так они и будут загружены.`;
}
