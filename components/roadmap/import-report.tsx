import type { ImportProblem, RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { activityCount, ignoredColumnsText, placedColumnsText, problemText } from "@/lib/roadmap/import/report";
import { describePeriod } from "@/lib/roadmap/period";
import { roleList } from "@/lib/access/roles";
import { Badge } from "@/components/ui/layout";
import { ProblemList } from "@/components/import/problem-list";

const problemItems = (problems: ImportProblem[]) =>
  problems.map((problem) => (
    <>
      {problemText(problem, "page")}
      {problem.column ? <span className="opacity-90"> (столбец «{problem.column}»)</span> : null}
    </>
  ));

/** What the file says, as the import understood it: errors, then warnings, the columns, then the stages. */
export function ImportReport({ report }: { report: RoadmapWorkbook }) {
  const { columns, stages } = report;
  const activities = activityCount(report);
  const ignored = columns ? ignoredColumnsText(columns) : null;
  return (
    <div className="space-y-6" data-testid="import-report">
      <ProblemList id="import-problems" title="Ошибки в файле" items={problemItems(report.errors)} tone="error" testId="import-problems" />
      <ProblemList id="import-warnings" title="Предупреждения — файл всё равно можно загрузить" items={problemItems(report.warnings)} tone="warning" testId="import-warnings" />
      {columns ? (
        <div className="space-y-1 text-sm text-muted" data-testid="import-columns">
          <p>
            {report.sheetName ? `Лист «${report.sheetName}», ` : ""}строка заголовков — {columns.headerRow}. {placedColumnsText(columns)}.
          </p>
          {ignored ? <p>{ignored}</p> : null}
        </div>
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
                    <tr key={index} className={`border-t border-slate-100 align-top ${activity.period.ok ? "" : "bg-amber-50"}`} data-testid="import-activity">
                      <td className="px-3 py-2 text-muted">{activity.sourceRow}</td>
                      <td className="px-3 py-2">{activity.title}</td>
                      <td className="whitespace-pre-line px-3 py-2">{activity.expectedResult ?? ""}</td>
                      <td className="px-3 py-2">
                        <div>{activity.periodText || "—"}</div>
                        {activity.period.ok ? <div className="text-xs text-muted">{describePeriod(activity.period)}</div> : <Badge tone="warn">срок не распознан</Badge>}
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
