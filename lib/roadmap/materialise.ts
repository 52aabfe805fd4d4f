import type { OrganisationRole, PeriodKind } from "@/lib/generated/prisma/enums";
import { parsePeriod, shiftPeriodText, type ParsedPeriod } from "@/lib/roadmap/period";
import { calendarDate } from "@/lib/dates/calendar-date";

export type ActivityPeriod = { periodText: string; periodKind: PeriodKind; startsOn: Date | null; endsOn: Date | null };

const KINDS: Record<Extract<ParsedPeriod, { ok: true }>["kind"], PeriodKind> = {
  range: "RANGE",
  deadline: "DEADLINE",
  month: "MONTH",
  "whole-year": "WHOLE_YEAR",
  programme: "PROGRAMME",
  unscheduled: "UNSCHEDULED",
};

const asDate = (iso: string | null) => (iso ? calendarDate(iso) : null);

/**
 * A parsed period as stored: the text as written plus the dates it means. Text the parser cannot
 * read is kept as written, undated and UNRECOGNISED, for the curator to fix on the roadmap.
 */
export function storedPeriod(parsed: ParsedPeriod): ActivityPeriod {
  if (!parsed.ok) return { periodText: parsed.text, periodKind: "UNRECOGNISED", startsOn: null, endsOn: null };
  return { periodText: parsed.text, periodKind: KINDS[parsed.kind], startsOn: asDate(parsed.start), endsOn: asDate(parsed.end) };
}

/** A template's period moved into the chosen academic year. */
export function periodForYear(text: string, fromYear: number, toYear: number): ActivityPeriod {
  return storedPeriod(parsePeriod(shiftPeriodText(text, toYear - fromYear), { startYear: toYear }));
}

export type ActivitySeed = {
  title: string;
  description?: string | null;
  expectedResult?: string | null;
  period: ActivityPeriod;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  responsibleMembershipIds?: string[];
};
