import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { parsePeriod, shiftPeriodText, type ParsedPeriod } from "@/lib/roadmap/period";
import { responsibleRolesIn } from "@/lib/roadmap/responsible";
import { MAX_ROWS, readWorkbook, type Sheet, type SheetCell } from "@/lib/import/sheet";
import { COLUMN_LABELS, COLUMN_ROLES, columnLetter, type ColumnRole, type ReadOptions } from "@/lib/roadmap/import/schemas";
import { detectHeader, placeColumns, unusedColumnMessage, type DetectedColumns } from "@/lib/roadmap/import/columns";
import { headersAt } from "@/lib/import/headers";
import { yearShiftOffer, type YearShiftOffer } from "@/lib/roadmap/import/years";
import { cleanLines, headerKey, oneLine } from "@/lib/import/text";
import { numberedItems, singleTitle, stageTitle } from "@/lib/roadmap/import/text";

export type { ColumnMapping, ColumnRole, ReadOptions } from "@/lib/roadmap/import/schemas";
export type { DetectedColumns } from "@/lib/roadmap/import/columns";
export type { HeaderCell } from "@/lib/import/headers";

export type ImportedActivity = {
  title: string;
  description?: string;
  expectedResult?: string;
  periodText: string;
  /** Not ok: kept as written and stored as «срок не распознан». */
  period: ParsedPeriod;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  sourceRow: number;
};
export type ImportedStage = { title: string; activities: ImportedActivity[] };
/**
 * `row` is the Excel row number; null for the file as a whole. `fix: "mapping"` marks what is
 * mended by saying which column is which (the page's selects, the CLI's --map).
 */
export type ImportProblem = { row: number | null; column?: string; message: string; fix?: "mapping" };

export type RoadmapWorkbook = {
  sheetName: string | null;
  columns: DetectedColumns | null;
  stages: ImportedStage[];
  /** Nothing is written while there is any. */
  errors: ImportProblem[];
  /** Shown, and the file still loads: an unread period, a column left out. */
  warnings: ImportProblem[];
  /** The file's dates belong to another academic year: move them by this many years. */
  yearShift: YearShiftOffer | null;
  shiftedYears: number;
};

export const NO_STAGE = "Без этапа";
const MAX_TITLE = 1000;
const MAX_STAGE_TITLE = 300;

const EMPTY_CELL: SheetCell = { text: "", kind: "empty", merged: "no", inherited: "" };
const LIST_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.?)$/i;

const fileProblem = (message: string): RoadmapWorkbook => ({
  sheetName: null,
  columns: null,
  stages: [],
  errors: [{ row: null, message }],
  warnings: [],
  yearShift: null,
  shiftedYears: 0,
});
const hasContent = (sheet: Sheet) => sheet.rows.some((row) => row.some((cell) => cell.kind !== "empty"));

/**
 * A roadmap from an .xlsx file: the layout Тандем exports, or a table as a school typed it
 * (headers in its own words, over one row or two, the columns in any order, stage rows or a
 * stage column, numbered lists in one cell, dates as words). Nothing is thrown for bad content:
 * every error and warning is reported with its row.
 */
export async function readRoadmapWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<RoadmapWorkbook> {
  const workbook = await readWorkbook(bytes);
  if (!workbook) {
    return fileProblem("Файл не читается как книга Excel. Сохраните его в Excel как «Книга Excel (*.xlsx)» и загрузите снова.");
  }
  const sheets = workbook.sheets.filter(hasContent);
  const detected = sheets.map((sheet) => ({ sheet, header: detectHeader(sheet) }));
  const chosen = detected.find((candidate) => candidate.header !== null) ?? detected[0];
  if (!chosen) return fileProblem("Файл пуст: в нём нет ни одной заполненной ячейки.");

  const shiftedYears = options.shiftYears ?? 0;
  const { columns, errors } = resolveColumns(chosen.sheet, chosen.header, options.mapping);
  const result: RoadmapWorkbook = { sheetName: chosen.sheet.name, columns, stages: [], errors, warnings: [], yearShift: null, shiftedYears };
  if (workbook.truncated) errors.push({ row: null, message: `В листе больше ${MAX_ROWS} строк: прочитаны только первые ${MAX_ROWS}.` });
  if (!columns || columns.title === undefined) return result;

  for (const column of columns.unused) {
    if (column.reason !== "ignored") result.warnings.push({ row: columns.headerRow, column: column.text, message: unusedColumnMessage(column, columns), fix: "mapping" });
  }
  const body = readBody(chosen.sheet, columns, options.academicYear, shiftedYears);
  errors.push(...body.errors);
  result.warnings.push(...body.warnings);
  result.stages = body.stages;
  if (body.stages.every((stage) => stage.activities.length === 0)) {
    errors.push({ row: null, message: `Под строкой заголовков (строка ${columns.headerRow}) не найдено ни одного мероприятия.` });
  }
  const periods = body.stages.flatMap((stage) => stage.activities.map((activity) => activity.periodText));
  result.yearShift = yearShiftOffer(periods, options.academicYear);
  return result;
}

function resolveColumns(
  sheet: Sheet,
  detected: DetectedColumns | null,
  mapping: ReadOptions["mapping"],
): { columns: DetectedColumns | null; errors: ImportProblem[] } {
  const wanted = (role: ColumnRole): ImportProblem => ({ row: detected?.headerRow ?? null, message: `Не найден столбец «${COLUMN_LABELS[role]}».`, fix: "mapping" });
  if (mapping?.title === undefined) {
    if (!detected) {
      return {
        columns: null,
        errors: [
          {
            row: null,
            message: "Не найдена строка заголовков: нужны столбцы «Мероприятия» и «Сроки» (и, если есть, «Этап», «Результат», «Ответственные») в первых 15 строках листа.",
            fix: "mapping",
          },
        ],
      };
    }
    const errors: ImportProblem[] = [];
    if (detected.title === undefined) errors.push(wanted("title"));
    if (detected.period === undefined) errors.push(wanted("period"));
    return { columns: detected, errors };
  }
  const { headerRow: chosenRow, ...roles } = mapping;
  const headerRow = chosenRow ?? detected?.headerRow ?? 1;
  const { headers } = detected?.headerRow === headerRow ? detected : headersAt(sheet, headerRow);
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const errors: ImportProblem[] = [];
  const used = new Map<number, string>();
  const check = (column: number | undefined, label: string) => {
    if (column === undefined) return;
    if (column > width) errors.push({ row: null, message: `В листе нет столбца ${columnLetter(column)} (для «${label}»).`, fix: "mapping" });
    const other = used.get(column);
    if (other) errors.push({ row: null, message: `Столбец ${columnLetter(column)} выбран и для «${other}», и для «${label}».`, fix: "mapping" });
    used.set(column, label);
  };
  for (const role of COLUMN_ROLES) check(roles[role], COLUMN_LABELS[role]);
  check(roles.periodEnd, `${COLUMN_LABELS.period} (окончание)`);
  return { columns: { ...placeColumns(headers, roles), headerRow, headers }, errors };
}

type Row = { number: number; cells: SheetCell[] };

type Body = { stages: ImportedStage[]; errors: ImportProblem[]; warnings: ImportProblem[] };

function readBody(sheet: Sheet, columns: DetectedColumns, academicYear: number, shiftYears: number): Body {
  const stages: (ImportedStage & { key: string })[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const mapped = new Set([...COLUMN_ROLES.map((role) => columns[role]), columns.periodEnd].filter((column): column is number => column !== undefined));
  const label = (role: ColumnRole) => {
    const column = columns[role];
    if (column === undefined) return {};
    return { column: columns.headers.find((header) => header.column === column)?.text ?? columnLetter(column) };
  };
  const report = (row: number, role: ColumnRole, message: string) => errors.push({ row, ...label(role), message: `Строка ${row}: ${message}` });
  const startStage = (text: string, row: number) => {
    const title = stageTitle(text);
    if (title.length > MAX_STAGE_TITLE) report(row, "stage", `название этапа длиннее ${MAX_STAGE_TITLE} символов (${title.length}): сократите его.`);
    stages.push({ title, key: oneLine(text), activities: [] });
  };
  const currentStage = () => {
    if (stages.length === 0) stages.push({ title: NO_STAGE, key: "", activities: [] });
    return stages[stages.length - 1] as ImportedStage & { key: string };
  };

  sheet.rows.forEach((cells, index) => {
    const row: Row = { number: index + 1, cells };
    if (row.number <= columns.headerRow || isFurniture(row, columns)) return;
    const at = (column: number | undefined) => (column === undefined ? EMPTY_CELL : (row.cells[column - 1] ?? EMPTY_CELL));
    const text = (column: number | undefined) => (at(column).kind === "empty" ? "" : at(column).text);
    const own = (role: ColumnRole) => text(columns[role]);
    const shared = (role: ColumnRole) => own(role) || at(columns[role]).inherited;
    const sharedPeriod = () => {
      const start = oneLine(shared("period"));
      const end = oneLine(text(columns.periodEnd) || at(columns.periodEnd).inherited);
      return start && end && start !== end ? `${start} – ${end}` : start || end;
    };

    const lone = loneText(row, mapped);
    if (lone !== null && [columns.result, columns.period, columns.periodEnd, columns.responsible, columns.description].every((column) => column !== lone.column)) {
      startStage(lone.text, row.number);
      return;
    }
    if (own("stage") && oneLine(own("stage")) !== stages[stages.length - 1]?.key) startStage(own("stage"), row.number);
    if (!own("title")) {
      if ((["result", "period", "responsible", "description"] as const).some((role) => own(role)) || text(columns.periodEnd)) {
        report(row.number, "title", "не указано мероприятие, хотя другие ячейки строки заполнены.");
      }
      return;
    }

    const items = numberedItems(own("title"));
    const titles = items.length > 1 ? items : [singleTitle(own("title"))];
    const results = resultsFor(own("result"), titles.length);
    const periodText = shiftPeriodText(sharedPeriod(), shiftYears);
    const period = parsePeriod(periodText, { startYear: academicYear });
    if (!period.ok) {
      warnings.push({
        row: row.number,
        ...label("period"),
        message: `Строка ${row.number}: ${period.error}. Срок сохранится как написан, с пометкой «срок не распознан»: исправьте его потом в дорожной карте.`,
      });
    }
    const responsibleText = oneLine(shared("responsible")).replace(/\s*[,;]$/, "");
    const description = cleanLines(own("description"));

    const stage = currentStage();
    titles.forEach((title, item) => {
      if (title.length > MAX_TITLE) report(row.number, "title", `название мероприятия длиннее ${MAX_TITLE} символов (${title.length}): сократите его.`);
      stage.activities.push({
        title,
        ...(description ? { description } : {}),
        ...(results[item] ? { expectedResult: results[item] } : {}),
        periodText,
        period,
        responsibleText,
        responsibleRoles: responsibleRolesIn(responsibleText),
        sourceRow: row.number,
      });
    });
    const longestResult = results.reduce((longest, result) => (result.length > longest.length ? result : longest), "");
    checkLengths(row.number, { result: longestResult, period: periodText, responsible: responsibleText, description }, report);
  });
  // Lone text after the last activity is a footer («Директор ______»), not a stage.
  while (stages.length > 0 && stages[stages.length - 1]?.activities.length === 0) stages.pop();
  return { stages: stages.map(({ key: _key, ...stage }) => stage), errors, warnings };
}

/** Numbered results pair up with numbered activities of the same count; otherwise the cell belongs to the first. */
function resultsFor(text: string, count: number): string[] {
  if (!text.trim()) return [];
  const items = numberedItems(text);
  return count > 1 && items.length === count ? items : [cleanLines(text)];
}

const LIMITS: { role: "result" | "period" | "responsible" | "description"; max: number; what: string }[] = [
  { role: "result", max: 1000, what: "результат" },
  { role: "period", max: 200, what: "срок" },
  { role: "responsible", max: 500, what: "ответственные" },
  { role: "description", max: 4000, what: "примечание" },
];

function checkLengths(row: number, values: Record<(typeof LIMITS)[number]["role"], string>, report: (row: number, role: ColumnRole, message: string) => void) {
  for (const { role, max, what } of LIMITS) {
    if (values[role].length > max) report(row, role, `${what} длиннее ${max} символов (${values[role].length}): сократите.`);
  }
}

/**
 * A stage row: one cell of text and nothing else (numbers in unmapped columns, such as «№»,
 * do not count; a cell under a vertically merged one does).
 */
function loneText(row: Row, mapped: Set<number>): { column: number; text: string } | null {
  if (row.cells.some((cell) => cell.merged === "down" && cell.inherited.trim() !== "")) return null;
  const filled = row.cells
    .map((cell, index) => ({ cell, column: index + 1 }))
    .filter(({ cell, column }) => cell.kind !== "empty" && (mapped.has(column) || !LIST_NUMBER.test(cell.text.trim())));
  const only = filled.length === 1 ? filled[0] : undefined;
  if (!only || only.cell.kind !== "text" || numberedItems(only.cell.text).length > 1) return null;
  return { column: only.column, text: only.cell.text };
}

/** The «1 2 3 4 5» row under a header, or the header repeated on a new page. */
function isFurniture(row: Row, columns: DetectedColumns): boolean {
  const filled = row.cells.map((cell, index) => ({ cell, column: index + 1 })).filter(({ cell }) => cell.kind !== "empty");
  if (filled.length === 0) return true;
  if (row.number === columns.headerRow + 1 && filled.length >= 2 && filled.every(({ cell }) => /^\d{1,2}\.?$/.test(cell.text.trim()))) return true;
  // A two-row header repeated on a new page shows its rows apart: each cell is part of the joined header.
  const headerText = new Map(columns.headers.map((header) => [header.column, headerKey(header.text)]));
  return filled.length >= 2 && filled.every(({ cell, column }) => headerText.get(column)?.includes(headerKey(cell.text)));
}
