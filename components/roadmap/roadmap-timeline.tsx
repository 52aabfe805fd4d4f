import { format } from "date-fns";
import { ru } from "date-fns/locale";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { academicMonths, ACTIVITY_STATUS_LABELS, deadlineState, monthsSpanned } from "@/lib/roadmap/views";

type Activity = RoadmapView["stages"][number]["activities"][number];

const monthOf = (month: string) => new Date(`${month}-01T12:00:00`);
const monthName = (month: string) => format(monthOf(month), "LLL", { locale: ru });

function colourOf(activity: Activity, overdue: boolean): string {
  if (activity.status === "DONE") return "bg-green-600";
  if (activity.status === "CANCELLED") return "bg-slate-300";
  return overdue ? "bg-red-600" : "bg-brand-600";
}

function barOf(activity: Activity, months: readonly string[], today: string) {
  const overdue = deadlineState(activity, today) === "overdue";
  return { activity, overdue, spans: monthsSpanned(activity, months), colour: colourOf(activity, overdue) };
}

/**
 * A month-by-month chart of the academic year: when each activity runs. A phone gets the same
 * year as a list of months, the current one open, each naming what runs in it.
 */
export function RoadmapTimeline({ roadmap, today }: { roadmap: RoadmapView; today: string }) {
  const months = academicMonths(roadmap.programme.academicYear);
  const current = today.slice(0, 7);
  const rows = roadmap.stages.map((stage) => ({
    stage,
    activities: stage.activities.map((activity) => barOf(activity, months, today)),
  }));
  const unscheduled = roadmap.stages.some((stage) => stage.activities.some((activity) => !activity.endsOn));
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[60rem] text-left text-xs" data-testid="roadmap-timeline">
          <thead className="bg-slate-50 text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Мероприятие</th>
              {months.map((month) => (
                <th key={month} scope="col" className={`w-12 px-1 py-2 text-center ${month === current ? "bg-brand-100 text-ink" : ""}`}>
                  {monthName(month)}
                </th>
              ))}
            </tr>
          </thead>
          {rows.map(({ stage, activities }, stageIndex) => (
            <tbody key={stage.id}>
              <tr className="bg-brand-50">
                <th scope="rowgroup" colSpan={13} className="px-3 py-1 text-left font-semibold">
                  {stageIndex + 1}. {stage.title}
                </th>
              </tr>
              {activities.map(({ activity, spans, colour }) => (
                <tr key={activity.id} className="border-t border-slate-100">
                  <td className="max-w-xs truncate px-3 py-1" title={activity.title}>
                    {activity.title}
                  </td>
                  {spans.map((on, index) => (
                    <td key={months[index]} className="px-0.5 py-1">
                      {on ? <span role="img" className={`block h-3 rounded ${colour}`} aria-label={`${monthName(months[index] ?? "")}: ${activity.periodText}`} /> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <ol className="divide-y divide-slate-100 md:hidden" data-testid="roadmap-months">
        {months.map((month, index) => {
          const running = rows.flatMap(({ activities }) => activities.filter(({ spans }) => spans[index]));
          return (
            <li key={month}>
              <details open={month === current}>
                <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm">
                  <span className={`font-semibold ${month === current ? "text-brand-700" : ""}`}>{format(monthOf(month), "LLLL yyyy", { locale: ru })}</span>
                  <span className="text-xs text-muted">мероприятий: {running.length}</span>
                </summary>
                <ul className="space-y-2 px-3 pb-3 text-sm">
                  {running.map(({ activity, colour, overdue }) => (
                    <li key={activity.id} className="flex gap-2">
                      <span aria-hidden="true" className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${colour}`} />
                      <span className="min-w-0">
                        {activity.title}
                        <span className="block text-xs text-muted">
                          {activity.periodText} · {ACTIVITY_STATUS_LABELS[activity.status]}
                          {overdue ? " · просрочено" : ""}
                        </span>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
      {unscheduled ? <p className="px-3 py-2 text-xs text-muted">Мероприятия без фиксированного срока на графике не показаны.</p> : null}
    </div>
  );
}
