/** «2025/2026» for 2025. */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

/** 1 September – 31 August, as ISO dates. */
export function academicYearBounds(startYear: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${startYear}-09-01`, endsOn: `${startYear + 1}-08-31` };
}

/** The academic year a plain ISO date belongs to, as its start year. */
export function academicYearStartOf(isoDate: string): number {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

export const MEETING_FREQUENCY_LABELS = {
  WEEKLY: "еженедельно",
  BIWEEKLY: "раз в две недели",
  MONTHLY: "ежемесячно",
} as const;

export const PROGRAMME_STATUS_LABELS = {
  DRAFT: "черновик",
  APPROVED: "утверждена",
  COMPLETED: "завершена",
} as const;

/** The academic year a plain date falls in, as the schools write it: «2025/2026». */
export function academicYearOf(isoDate: string): string {
  return academicYearLabel(academicYearStartOf(isoDate));
}
