import { Badge } from "@/components/ui/layout";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { PROGRAMME_STATUS_LABELS } from "@/lib/programmes/academic-year";
import type { ProgrammeStatus } from "@/lib/generated/prisma/enums";

type State = { status: ProgrammeStatus; approvedOrderNumber: string | null; approvedOn: Date | null; hasCurator: boolean };

/** «утверждена приказом от 01.09.2026 № 12/од», or what is still missing. */
export function ProgrammeState({ programme }: { programme: State | null }) {
  if (!programme) return <Badge tone="bad">Программы на этот год нет</Badge>;
  const approved = programme.status !== "DRAFT";
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={approved ? "good" : "warn"}>{PROGRAMME_STATUS_LABELS[programme.status]}</Badge>
      {approved && programme.approvedOrderNumber && programme.approvedOn ? (
        <span className="text-sm text-muted">{`приказом от ${formatCalendarDate(programme.approvedOn)} № ${programme.approvedOrderNumber}`}</span>
      ) : null}
      {programme.hasCurator ? null : <Badge tone="warn">куратор не назначен</Badge>}
    </span>
  );
}

/** «выполнено 12 из 40 · просрочено 3». */
export function RoadmapProgress({ total, done, overdue }: { total: number; done: number; overdue: number }) {
  if (total === 0) return <span className="text-sm text-muted">дорожная карта не составлена</span>;
  const percent = Math.round((done / total) * 100);
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      {`выполнено ${done} из ${total} (${percent}%)`}
      {overdue > 0 ? <Badge tone="bad">{`просрочено: ${overdue}`}</Badge> : null}
    </span>
  );
}
