import { format } from "date-fns";
import { ru } from "date-fns/locale";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { academicMonths, deadlineState, monthsSpanned } from "@/lib/roadmap/views";

const monthName = (month: string) => format(new Date(`${month}-01T12:00:00`), "LLL", { locale: ru });

/** A month-by-month chart of the academic year: when each activity runs. */
export function RoadmapTimeline({ roadmap, today }: { roadmap: RoadmapView; today: string }) {
  const months = academicMonths(roadmap.programme.academicYear);
  const current = today.slice(0, 7);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
        {roadmap.stages.map((stage, stageIndex) => (
          <tbody key={stage.id}>
            <tr className="bg-brand-50">
              <th scope="rowgroup" colSpan={13} className="px-3 py-1 text-left font-semibold">
                {stageIndex + 1}. {stage.title}
              </th>
            </tr>
            {stage.activities.map((activity) => {
              const spans = monthsSpanned(activity, months);
              const state = deadlineState(activity, today);
              const colour =
                activity.status === "DONE" ? "bg-green-600" : activity.status === "CANCELLED" ? "bg-slate-300" : state === "overdue" ? "bg-red-600" : "bg-brand-600";
              return (
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
              );
            })}
          </tbody>
        ))}
      </table>
      {roadmap.stages.some((stage) => stage.activities.some((activity) => !activity.endsOn)) ? (
        <p className="px-3 py-2 text-xs text-muted">Мероприятия без фиксированного срока на графике не показаны.</p>
      ) : null}
    </div>
  );
}
