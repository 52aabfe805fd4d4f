import type { PeriodKind } from "@/lib/generated/prisma/enums";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { Badge } from "@/components/ui/layout";

type Period = { periodKind: PeriodKind; startsOn: string | null; endsOn: string | null };

/** What the period means in dates, as a line under the text the school wrote. */
export function periodMeaning(activity: Period): string {
  if (activity.periodKind === "UNRECOGNISED") return "срок не распознан";
  if (!activity.endsOn) return "без фиксированного срока";
  if (!activity.startsOn) return `до ${formatCalendarDate(activity.endsOn)}`;
  const [start, end] = [formatCalendarDate(activity.startsOn), formatCalendarDate(activity.endsOn)];
  return start === end ? end : `${start} – ${end}`;
}

/** The dates a period means; an imported period the parser could not read is flagged for the curator to fix. */
export function PeriodBadge({ activity }: { activity: Period }) {
  if (activity.periodKind === "UNRECOGNISED") {
    return (
      <span className="block" data-testid="period-unrecognised">
        <Badge tone="warn">срок не распознан</Badge>
      </span>
    );
  }
  return <span className="block text-xs text-muted">{periodMeaning(activity)}</span>;
}
