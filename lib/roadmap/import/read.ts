import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { parsePeriod, type ParsedPeriod } from "@/lib/roadmap/period";
import { responsibleRolesIn } from "@/lib/roadmap/responsible";
import { MAX_ROWS, readWorkbook, type Sheet, type SheetCell } from "@/lib/roadmap/import/sheet";
import { COLUMN_LABELS, COLUMN_ROLES, columnLetter, type ColumnMapping, type ColumnRole, type ReadOptions } from "@/lib/roadmap/import/schemas";
import { cleanLines, headerKey, numberedItems, oneLine, singleTitle, stageTitle } from "@/lib/roadmap/import/text";

export type { ColumnMapping, ColumnRole, ReadOptions } from "@/lib/roadmap/import/schemas";
export type HeaderCell = { column: number; text: string };
export type DetectedColumns = ColumnMapping & { headerRow: number; headers: HeaderCell[] };

export type ImportedActivity = {
  title: string;
  description?: string;
  expectedResult?: string;
  periodText: string;
  period: ParsedPeriod;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  sourceRow: number;
};
export type ImportedStage = { title: string; activities: ImportedActivity[] };
/** `row` is the Excel row number; null for the file as a whole. */
export type ImportProblem = { row: number | null; column?: string; message: string };

export type RoadmapWorkbook = {
  sheetName: string | null;
  columns: DetectedColumns | null;
  stages: ImportedStage[];
  problems: ImportProblem[];
};

export const NO_STAGE = "Без этапа";
const HEADER_SEARCH_ROWS = 15;
const MAX_TITLE = 1000;
const MAX_STAGE_TITLE = 300;

const HEADER_NAMES: Record<ColumnRole, RegExp> = {
  stage: /^(?:этапы?|наименование этапа|название этапа)$/,
  title: /^(?:мероприяти[еяй]|(?:наименование|содержание) мероприяти[йя]|содержание деятельности(?: и примерный план мероприятий)?|содержание работы)$/,
  result: /^(?:(?:ожидаемы[йе] |планируемы[йе] )?результаты?|документы?|(?:отчетный|итоговый) документ|форма отчетности)$/,
  period: /^(?:сроки?|сроки? (?:проведения|исполнения|выполнения|реализации)|дат[аы]|дата проведения)$/,
  responsible: /^(?:ответственн(?:ый|ые)(?: исполнител[ьи]| лица?)?|исполнител[ьи])$/,
  description: /^(?:описание|примечани[ея]|комментари[йи])$/,
};

const EMPTY_CELL: SheetCell = { text: "", kind: "empty", merged: "no", inherited: "" };
const LIST_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.?)$/i;

const fileProblem = (message: string): RoadmapWorkbook => ({ sheetName: null, columns: null, stages: [], problems: [{ row: null, message }] });
const hasContent = (sheet: Sheet) => sheet.rows.some((row) => row.some((cell) => cell.kind !== "empty"));

/**
 * A roadmap from an .xlsx file: the layout Тандем exports, or a table as a school typed it
 * (the columns in any order, stage rows or a stage column, numbered lists in one cell, dates
 * as words). Nothing is thrown for bad content: every problem is reported with its row.
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

  const { columns, problems } = resolveColumns(chosen.sheet, chosen.header, options.mapping);
  if (workbook.truncated) problems.push({ row: null, message: `В листе больше ${MAX_ROWS} строк: прочитаны только первые ${MAX_ROWS}.` });
  if (!columns || columns.title === undefined) return { sheetName: chosen.sheet.name, columns, stages: [], problems };

  const body = readBody(chosen.sheet, columns, options.academicYear);
  problems.push(...body.problems);
  if (body.stages.every((stage) => stage.activities.length === 0)) {
    problems.push({ row: null, message: `Под строкой заголовков (строка ${columns.headerRow}) не найдено ни одного мероприятия.` });
  }
  return { sheetName: chosen.sheet.name, columns, stages: body.stages, problems };
}

/** The first of the top rows naming the most known columns (at least two, one of them «Мероприятия» or «Сроки»). */
function detectHeader(sheet: Sheet): DetectedColumns | null {
  let best: { row: number; mapping: ColumnMapping; score: number } | null = null;
  for (const [index, cells] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const mapping: ColumnMapping = {};
    cells.forEach((cell, column) => {
      const key = headerKey(cell.text);
      const role = COLUMN_ROLES.find((candidate) => HEADER_NAMES[candidate].test(key));
      if (role && mapping[role] === undefined) mapping[role] = column + 1;
    });
    const score = Object.keys(mapping).length;
    const named = mapping.title !== undefined || mapping.period !== undefined;
    if (score >= 2 && named && score > (best?.score ?? 0)) best = { row: index + 1, mapping, score };
  }
  return best ? { ...best.mapping, headerRow: best.row, headers: headersOf(sheet, best.row) } : null;
}

function headersOf(sheet: Sheet, row: number): HeaderCell[] {
  return (sheet.rows[row - 1] ?? [])
    .map((cell, index) => ({ column: index + 1, text: oneLine(cell.text) }))
    .filter((header) => header.text !== "");
}

function resolveColumns(
  sheet: Sheet,
  detected: DetectedColumns | null,
  mapping: ReadOptions["mapping"],
): { columns: DetectedColumns | null; problems: ImportProblem[] } {
  const wanted = (role: string) => `Не найден столбец «${role}»: выберите его в сопоставлении столбцов.`;
  if (mapping?.title === undefined) {
    if (!detected) {
      return {
        columns: null,
        problems: [{ row: null, message: "Не найдена строка заголовков: нужны столбцы «Мероприятия» и «Сроки» (и, если есть, «Этап», «Результат», «Ответственные») в первых 15 строках листа." }],
      };
    }
    const problems: ImportProblem[] = [];
    if (detected.title === undefined) problems.push({ row: detected.headerRow, message: wanted(COLUMN_LABELS.title) });
    if (detected.period === undefined) problems.push({ row: detected.headerRow, message: wanted(COLUMN_LABELS.period) });
    return { columns: detected, problems };
  }
  const { headerRow: chosenRow, ...roles } = mapping;
  const headerRow = chosenRow ?? detected?.headerRow ?? 1;
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const problems: ImportProblem[] = [];
  const used = new Map<number, ColumnRole>();
  for (const role of COLUMN_ROLES) {
    const column = roles[role];
    if (column === undefined) continue;
    if (column > width) problems.push({ row: null, message: `В листе нет столбца ${columnLetter(column)} (для «${COLUMN_LABELS[role]}»).` });
    const other = used.get(column);
    if (other) problems.push({ row: null, message: `Столбец ${columnLetter(column)} выбран и для «${COLUMN_LABELS[other]}», и для «${COLUMN_LABELS[role]}».` });
    used.set(column, role);
  }
  return { columns: { ...roles, headerRow, headers: headersOf(sheet, headerRow) }, problems };
}

type Row = { number: number; cells: SheetCell[] };

function readBody(sheet: Sheet, columns: DetectedColumns, academicYear: number): { stages: ImportedStage[]; problems: ImportProblem[] } {
  const stages: (ImportedStage & { key: string })[] = [];
  const problems: ImportProblem[] = [];
  const mapped = new Set(COLUMN_ROLES.map((role) => columns[role]).filter((column): column is number => column !== undefined));
  const label = (role: ColumnRole) => {
    const column = columns[role];
    if (column === undefined) return {};
    return { column: columns.headers.find((header) => header.column === column)?.text ?? columnLetter(column) };
  };
  const report = (row: number, role: ColumnRole, message: string) => problems.push({ row, ...label(role), message: `Строка ${row}: ${message}` });
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
    const cell = (role: ColumnRole) => row.cells[(columns[role] ?? 0) - 1] ?? EMPTY_CELL;
    const own = (role: ColumnRole) => (columns[role] === undefined || cell(role).kind === "empty" ? "" : cell(role).text);
    const shared = (role: ColumnRole) => own(role) || cell(role).inherited;

    const lone = loneText(row, mapped);
    if (lone !== null && [columns.result, columns.period, columns.responsible, columns.description].every((column) => column !== lone.column)) {
      startStage(lone.text, row.number);
      return;
    }
    if (own("stage") && oneLine(own("stage")) !== stages[stages.length - 1]?.key) startStage(own("stage"), row.number);
    if (!own("title")) {
      if ((["result", "period", "responsible", "description"] as const).some((role) => own(role))) {
        report(row.number, "title", "не указано мероприятие, хотя другие ячейки строки заполнены.");
      }
      return;
    }

    const items = numberedItems(own("title"));
    const titles = items.length > 1 ? items : [singleTitle(own("title"))];
    const results = resultsFor(own("result"), titles.length);
    const periodText = oneLine(shared("period"));
    const period = parsePeriod(periodText, { startYear: academicYear });
    if (!period.ok) report(row.number, "period", period.error);
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
  return { stages: stages.map(({ key: _key, ...stage }) => stage), problems };
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
  const headerText = new Map(columns.headers.map((header) => [header.column, headerKey(header.text)]));
  return filled.length >= 2 && filled.every(({ cell, column }) => headerText.get(column) === headerKey(cell.text));
}
