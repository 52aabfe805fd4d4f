import { roleList } from "@/lib/access/roles";
import { describePeriod } from "@/lib/roadmap/period";
import type { DetectedColumns } from "@/lib/roadmap/import/columns";
import type { ImportProblem, RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { COLUMN_LABELS, COLUMN_ROLES, columnLetter } from "@/lib/roadmap/import/schemas";
import { shiftLabel, shiftedMessage, yearShiftMessage } from "@/lib/roadmap/import/years";

/** The detection report, in the same words on the page and in the CLI; only how to mend it differs. */
export type ReportChannel = "page" | "cli";

const MAPPING_HINT: Record<ReportChannel, string> = {
  page: "Укажите столбцы в сопоставлении столбцов.",
  cli: "Укажите столбцы параметром --map, например --map activity=B,period=D,result=E.",
};

export function problemText(problem: ImportProblem, channel: ReportChannel): string {
  return problem.fix === "mapping" ? `${problem.message} ${MAPPING_HINT[channel]}` : problem.message;
}

/** «Мероприятия» — столбец C («Перечень мероприятий»); … */
export function placedColumnsText(columns: DetectedColumns): string {
  const header = (column: number) => columns.headers.find((cell) => cell.column === column)?.text;
  const named = (column: number) => `столбец ${columnLetter(column)}${header(column) ? ` («${header(column)}»)` : ""}`;
  return COLUMN_ROLES.filter((role) => columns[role] !== undefined)
    .map((role) => {
      const column = columns[role] ?? 0;
      const end = role === "period" && columns.periodEnd !== undefined ? ` и ${named(columns.periodEnd)}` : "";
      return `«${COLUMN_LABELS[role]}» — ${named(column)}${end}`;
    })
    .join("; ");
}

/** The columns left out as furniture («№ п/п», «Отметка о выполнении»); null when none. */
export function ignoredColumnsText(columns: DetectedColumns): string | null {
  const ignored = columns.unused.filter((column) => column.reason === "ignored");
  if (ignored.length === 0) return null;
  return `Не загружаются: ${ignored.map((column) => `${columnLetter(column.column)} «${column.text}»`).join(", ")}.`;
}

const YEAR_SHIFT_HINT: Record<ReportChannel, (years: number) => string> = {
  page: (years) => `Нажмите «Сдвинуть сроки ${shiftLabel(years)}».`,
  cli: (years) => `Запустите с --shift-years ${years}, чтобы сдвинуть их.`,
};

/** The offer to move the file's years, or what was moved; null when the dates fit. */
export function yearsText(report: RoadmapWorkbook, academicYear: number, channel: ReportChannel): string | null {
  const notes: string[] = [];
  if (report.shiftedYears !== 0) notes.push(shiftedMessage(report.shiftedYears));
  if (report.yearShift) notes.push(`${yearShiftMessage(report.yearShift, academicYear)} ${YEAR_SHIFT_HINT[channel](report.yearShift.years)}`);
  return notes.length > 0 ? notes.join(" ") : null;
}

export const activityCount = (report: RoadmapWorkbook) => report.stages.reduce((sum, stage) => sum + stage.activities.length, 0);

/** The whole report as text, for the CLI: what the page shows, line by line. */
export function importReportText(report: RoadmapWorkbook, fileName: string, academicYear: number): string {
  const lines: string[] = [];
  const { columns } = report;
  lines.push(`Файл ${fileName}${report.sheetName ? `, лист «${report.sheetName}»` : ""}${columns ? `, строка заголовков ${columns.headerRow}` : ""}`);
  if (columns) {
    lines.push(`Столбцы: ${placedColumnsText(columns)}`);
    const ignored = ignoredColumnsText(columns);
    if (ignored) lines.push(ignored);
  }
  const years = yearsText(report, academicYear, "cli");
  if (years) lines.push(years);
  report.stages.forEach((stage, stageIndex) => {
    lines.push("", `Этап ${stageIndex + 1}. ${stage.title}`);
    stage.activities.forEach((activity, index) => {
      lines.push(`  ${stageIndex + 1}.${index + 1} [строка ${activity.sourceRow}] ${activity.title}`);
      lines.push(`      срок: «${activity.periodText}» → ${describePeriod(activity.period)}`);
      if (activity.responsibleText) {
        const roles = activity.responsibleRoles.length > 0 ? ` (${roleList(activity.responsibleRoles)})` : "";
        lines.push(`      ответственные: ${activity.responsibleText}${roles}`);
      }
      if (activity.expectedResult) lines.push(`      результат: ${activity.expectedResult.replace(/\n/g, "; ")}`);
    });
  });
  const listed = (title: string, problems: ImportProblem[]) => {
    if (problems.length === 0) return;
    lines.push("", `${title} (${problems.length}):`);
    for (const problem of problems) lines.push(`  ${problemText(problem, "cli")}${problem.column ? ` [столбец «${problem.column}»]` : ""}`);
  };
  listed("Предупреждения — файл всё равно загрузится", report.warnings);
  listed("Ошибки", report.errors);
  return lines.join("\n");
}
