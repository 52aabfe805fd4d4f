import type { Sheet } from "@/lib/import/sheet";
import { headersAt, type HeaderCell } from "@/lib/import/headers";
import { COLUMN_LABELS, COLUMN_ROLES, columnLetter, type ChosenColumns, type ColumnMapping, type ColumnRole } from "@/lib/roadmap/import/schemas";
import { headerKey } from "@/lib/import/text";

/** A header cell the import does not load: known furniture («№ п/п»), or text it could not place (a warning). */
export type UnusedColumn = HeaderCell & { reason: "ignored" | "unknown" | "duplicate"; role?: ColumnRole };

export type DetectedColumns = ColumnMapping & {
  /** The last header row: activities start below it. */
  headerRow: number;
  headers: HeaderCell[];
  /** «Сроки» split into «начало» and «окончание»: the end date's column, joined to the period. */
  periodEnd?: number;
  unused: UnusedColumn[];
};

const HEADER_SEARCH_ROWS = 15;

/**
 * What a header means, by the stems schools write: «Перечень мероприятий», «Содержание работы»,
 * «Планируемый результат», «Форма отчётности», «Дата проведения», «Ответственный исполнитель».
 * Tried in this order, so that «Наименование этапа» is a stage before «наименование» makes it a title.
 */
const MEANINGS: [ColumnRole, RegExp][] = [
  ["stage", /(?:^|\s)этап/],
  ["responsible", /ответствен|исполнител|(?:^|\s)кто\s/],
  ["period", /срок|(?:^|\s)дат[аы]|период|(?:^|\s)когда|время проведени/],
  ["result", /результат|документ|отчетност|форма отчет|(?:^|\s)итог|продукт|показател/],
  ["description", /примечани|комментари|описани/],
  ["title", /мероприяти|содержани|перечень|наименовани|(?:^|\s)вид[ы]? (?:работ|деятельност)|деятельност|(?:^|\s)работ[аы]?$|(?:^|\s)тема/],
];

/** Headers that are the table's furniture, not content: numbering, a mark of completion, a status, a signature. */
const IGNORED = /^(?:№|n|no|номер|п\/п)(?:\s|$)|^№|отметк|подпис|^статус|^выполнено$/;
/** A column holding only where the period starts or ends («Начало», «Дата окончания»). */
const PERIOD_BOUND = /^(?:дата\s+)?(?:начал[оа]|окончани[ея])(?:\s+(?:реализации|проведения))?$/;
const PERIOD_START = /начал|(?:^|\s)с$/;
const PERIOD_END = /окончани|конец|заверш|(?:^|\s)(?:по|до)$/;

type Meaning = ColumnRole | "ignored" | null;

function meaningOf(text: string): Meaning {
  const key = headerKey(text);
  if (key === "") return null;
  if (IGNORED.test(key)) return "ignored";
  if (PERIOD_BOUND.test(key)) return "period";
  return MEANINGS.find(([, stems]) => stems.test(key))?.[0] ?? null;
}

/**
 * Each role to the first column meaning it, or to the column the user chose (`chosen`); what is
 * left is unused, and why.
 */
export function placeColumns(headers: HeaderCell[], chosen?: ChosenColumns): Omit<DetectedColumns, "headerRow" | "headers"> {
  const { headerRow: _row, periodEnd: chosenEnd, ...chosenRoles } = chosen ?? {};
  const mapping: ColumnMapping = { ...chosenRoles };
  const taken = new Set<number | undefined>([...COLUMN_ROLES.map((role) => mapping[role]), chosenEnd]);
  const unused: UnusedColumn[] = [];
  let periodEnd = chosenEnd;
  for (const header of headers) {
    if (chosen && taken.has(header.column)) continue;
    const meaning = meaningOf(header.text);
    const key = headerKey(header.text);
    if (meaning === "ignored") unused.push({ ...header, reason: "ignored" });
    else if (meaning === null || (chosen && mapping[meaning] === undefined)) unused.push({ ...header, reason: "unknown" });
    else if (mapping[meaning] === undefined) mapping[meaning] = header.column;
    else if (meaning === "period" && !chosen && periodEnd === undefined && PERIOD_START.test(headerKey(textOf(headers, mapping.period))) && PERIOD_END.test(key)) {
      periodEnd = header.column;
    }
    // Тандем's own export repeats «Сроки» as «Начало» and «Окончание» dates.
    else unused.push({ ...header, reason: meaning === "period" && PERIOD_BOUND.test(key) ? "ignored" : "duplicate", role: meaning });
  }
  return { ...mapping, ...(periodEnd === undefined ? {} : { periodEnd }), unused };
}

const textOf = (headers: HeaderCell[], column: number | undefined) => headers.find((header) => header.column === column)?.text ?? "";

/** The first of the top rows placing the most columns (at least two, one of them «Мероприятия» or «Сроки»). */
export function detectHeader(sheet: Sheet): DetectedColumns | null {
  let best: (DetectedColumns & { score: number }) | null = null;
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); row++) {
    const { headerRow, headers } = headersAt(sheet, row);
    const placed = placeColumns(headers);
    const score = COLUMN_ROLES.filter((role) => placed[role] !== undefined).length;
    const named = placed.title !== undefined || placed.period !== undefined;
    if (score >= 2 && named && score > (best?.score ?? 0)) best = { ...placed, headerRow, headers, score };
  }
  if (!best) return null;
  const { score: _score, ...columns } = best;
  return columns;
}

/** «Столбец F «Участники» не загружается: …» — the same words on the page and in the CLI. */
export function unusedColumnMessage(column: UnusedColumn, columns: ColumnMapping): string {
  const name = `Столбец ${columnLetter(column.column)} «${column.text}»`;
  if (column.reason === "duplicate" && column.role) {
    const taken = columns[column.role];
    return `${name} похож на «${COLUMN_LABELS[column.role]}», но «${COLUMN_LABELS[column.role]}» уже берутся из столбца ${columnLetter(taken ?? 0)}: он не загружается.`;
  }
  return `${name} не загружается: непонятно, что в нём.`;
}
