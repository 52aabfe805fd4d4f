import type { PeopleWorkbook } from "@/lib/people/import/read";
import { peopleProblemText } from "@/lib/people/import/read";
import type { PlannedRow } from "@/lib/people/import/service";
import { outcomeText, parentText } from "@/lib/people/import/report";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { fullName } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/layout";
import { ProblemList } from "@/components/import/problem-list";

/** Rows the preview lists one by one; beyond them it only counts. */
const SHOWN_ROWS = 300;
const TONE = { create: "good", update: "warn", unchanged: "neutral", merged: "neutral" } as const;

/** What each row of the file would do: errors first, then warnings, then the rows themselves. */
export function PeopleImportReport({ report, rows }: { report: PeopleWorkbook; rows: PlannedRow[] }) {
  const shown = rows.slice(0, SHOWN_ROWS);
  return (
    <div className="space-y-6" data-testid="import-report">
      <ProblemList id="import-problems" title="Ошибки в файле" items={report.errors.map((problem) => peopleProblemText(problem, "page"))} tone="error" testId="import-problems" />
      <ProblemList id="import-warnings" title="Предупреждения — файл всё равно можно загрузить" items={report.warnings.map((problem) => peopleProblemText(problem, "page"))} tone="warning" testId="import-warnings" />
      <p className="text-sm text-muted" data-testid="import-columns">
        {report.sheets.map((sheet) => `Лист «${sheet.name}»${sheet.className ? ` (класс ${sheet.className})` : ""}: ${sheet.people} чел.${sheet.columns ? `, заголовки в строке ${sheet.columns.headerRow}` : ""}`).join("; ")}
      </p>
      {shown.length > 0 ? (
        <section aria-labelledby="import-rows">
          <h2 id="import-rows" className="mb-2 text-lg font-semibold">Как будет прочитан файл</h2>
          <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
            <table className="card-table w-full text-left text-sm" data-testid="import-rows">
              <thead className="bg-slate-50 text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2">Строка</th>
                  <th scope="col" className="px-3 py-2">ФИО</th>
                  <th scope="col" className="px-3 py-2">Класс, дата рождения</th>
                  <th scope="col" className="px-3 py-2">Родитель</th>
                  <th scope="col" className="px-3 py-2">Что будет</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={`${row.sheet}:${row.row}`} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2 text-muted">{report.sheets.length > 1 ? `${row.sheet}, ${row.row}` : row.row}</td>
                    <td className="px-3 py-2">{fullName(row.fields)}</td>
                    <td className="px-3 py-2" data-label="Класс, дата рождения">
                      {[row.fields.className, row.fields.birthDate ? formatCalendarDate(row.fields.birthDate) : null].filter(Boolean).join(", ") || "—"}
                    </td>
                    <td className="px-3 py-2" data-label="Родитель">{parentText(row) || "—"}</td>
                    <td className="px-3 py-2" data-label="Что будет"><Badge tone={TONE[row.outcome.kind]}>{outcomeText(row.outcome)}</Badge></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > SHOWN_ROWS ? <p className="mt-2 text-sm text-muted">{`И ещё ${rows.length - SHOWN_ROWS} строк.`}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
