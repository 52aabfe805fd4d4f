import type { RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { COLUMN_LABELS, COLUMN_ROLES, columnLetter } from "@/lib/roadmap/import/schemas";
import { describePeriod } from "@/lib/roadmap/period";
import { roleList } from "@/lib/access/roles";

/** What the file says, as the import understood it: the columns, every problem with its row, then the stages. */
export function ImportReport({ report }: { report: RoadmapWorkbook }) {
  const { columns, problems, stages } = report;
  const activities = stages.reduce((sum, stage) => sum + stage.activities.length, 0);
  return (
    <div className="space-y-6" data-testid="import-report">
      {problems.length > 0 ? (
        <section aria-labelledby="import-problems" className="rounded-md border border-red-700 bg-red-50 p-4">
          <h2 id="import-problems" className="mb-2 font-semibold text-red-900">
            Ошибки в файле ({problems.length})
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-red-900" data-testid="import-problems">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.message}
                {problem.column ? <span className="text-red-800"> (столбец «{problem.column}»)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {columns ? (
        <p className="text-sm text-muted">
          {report.sheetName ? `Лист «${report.sheetName}», ` : ""}строка заголовков — {columns.headerRow}.{" "}
          {COLUMN_ROLES.filter((role) => columns[role] !== undefined)
            .map((role) => {
              const column = columns[role] ?? 0;
              const header = columns.headers.find((cell) => cell.column === column)?.text;
              return `«${COLUMN_LABELS[role]}» — столбец ${columnLetter(column)}${header ? ` («${header}»)` : ""}`;
            })
            .join("; ")}
          .
        </p>
      ) : null}
      {activities > 0 ? (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview" className="mb-2 text-lg font-semibold">
            Как прочитан файл: этапов — {stages.length}, мероприятий — {activities}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[52rem] text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="w-12 px-3 py-2">Строка</th>
                  <th scope="col" className="px-3 py-2">Мероприятие</th>
                  <th scope="col" className="px-3 py-2">Результат</th>
                  <th scope="col" className="px-3 py-2">Срок</th>
                  <th scope="col" className="px-3 py-2">Ответственные</th>
                </tr>
              </thead>
              {stages.map((stage, stageIndex) => (
                <tbody key={stageIndex} data-testid="import-stage">
                  <tr className="border-t-2 border-slate-300 bg-brand-50">
                    <th scope="rowgroup" colSpan={5} className="px-3 py-2 font-semibold">
                      {stageIndex + 1}. {stage.title}
                    </th>
                  </tr>
                  {stage.activities.map((activity, index) => (
                    <tr key={index} className={`border-t border-slate-100 align-top ${activity.period.ok ? "" : "bg-red-50"}`} data-testid="import-activity">
                      <td className="px-3 py-2 text-muted">{activity.sourceRow}</td>
                      <td className="px-3 py-2">{activity.title}</td>
                      <td className="whitespace-pre-line px-3 py-2">{activity.expectedResult ?? ""}</td>
                      <td className="px-3 py-2">
                        <div>{activity.periodText || "—"}</div>
                        <div className={activity.period.ok ? "text-xs text-muted" : "text-xs font-medium text-red-800"}>{describePeriod(activity.period)}</div>
                      </td>
                      <td className="px-3 py-2">
                        <div>{activity.responsibleText}</div>
                        {activity.responsibleRoles.length > 0 ? <div className="text-xs text-muted">роли: {roleList(activity.responsibleRoles)}</div> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
