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

/** A parsed period as stored: the text as written plus the dates it means. */
export function storedPeriod(parsed: Extract<ParsedPeriod, { ok: true }>): ActivityPeriod {
  return { periodText: parsed.text, periodKind: KINDS[parsed.kind], startsOn: asDate(parsed.start), endsOn: asDate(parsed.end) };
}

/** A template's period moved into the chosen academic year; text the parser cannot read is kept, undated. */
export function periodForYear(text: string, fromYear: number, toYear: number): ActivityPeriod {
  const shifted = shiftPeriodText(text, toYear - fromYear);
  const parsed = parsePeriod(shifted, { startYear: toYear });
  return parsed.ok ? storedPeriod(parsed) : { periodText: shifted, periodKind: "UNSCHEDULED", startsOn: null, endsOn: null };
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
