import type { Sheet } from "@/lib/import/sheet";
import { headersAt, type HeaderCell } from "@/lib/import/headers";
import { headerKey } from "@/lib/import/text";
import { columnLetter } from "@/lib/import/limits";
import { PEOPLE_COLUMN_LABELS, PEOPLE_COLUMN_ROLES, type ChosenPeopleColumns, type PeopleColumnRole, type PeopleColumns } from "@/lib/people/import/schemas";

export type UnusedPeopleColumn = HeaderCell & { reason: "ignored" | "unknown" | "duplicate"; role?: PeopleColumnRole };
export type DetectedPeopleColumns = PeopleColumns & { headerRow: number; headers: HeaderCell[]; unused: UnusedPeopleColumn[] };

const HEADER_SEARCH_ROWS = 15;

/**
 * What a header of a class list or a staff list means, by the words schools write: «ФИО
 * обучающегося», «Фамилия», «Дата рождения», «Класс», «Телефон родителя», «Педагогический стаж».
 * Tried in this order: a category or a position may mention parents, a parent's phone comes
 * before a phone, a parent's name before a name.
 */
const EMAIL = /e-?mail|почт|эл\.?\s?адрес/;
const MEANINGS: [PeopleColumnRole, RegExp][] = [
  ["category", /категори/],
  ["position", /должност|специальност/],
  ["experience", /стаж/],
  ["email", EMAIL],
  ["parentPhone", /(?:телефон|тел(?![а-я])|контакт).*(?:родител|мам|мат[еи]|пап|отц|законн|представител)|(?:родител|законн|представител).*(?:телефон|тел(?![а-я]))/],
  ["parentName", /родител|законн|представител|(?:^|\s)(?:мать|отец)(?:\s|$)|фио мамы|фио папы/],
  ["fullName", /(?:^|\s)фио|ф\.\s?и\.\s?о|фамилия,? имя(?:,? отчество)?|^ученик|^обучающ|^учащ|^студент|^сотрудник|^работник|^педагог$/],
  ["lastName", /^фамилия/],
  ["firstName", /^имя/],
  ["middleName", /^отчество/],
  ["birthDate", /рождени|(?:^|\s)д\.\s?р(?![а-я])|^др$/],
  ["className", /^класс|^кл(?![а-я])|группа|параллел/],
  ["phone", /телефон|(?:^|\s)тел(?![а-я])|мобильн|сотов/],
];

const IGNORED = /^(?:№|n|no|номер|п\/п)(?:\s|$)|^№|подпис|примечани|^пол$|адрес|снилс|паспорт|свидетельств/;

function meaningOf(text: string): PeopleColumnRole | "ignored" | null {
  const key = headerKey(text);
  if (key === "") return null;
  if (IGNORED.test(key) && !EMAIL.test(key)) return "ignored";
  return MEANINGS.find(([, stems]) => stems.test(key))?.[0] ?? null;
}

/** Each role to the first column meaning it, or to the column the user chose; what is left is unused, and why. */
export function placePeopleColumns(headers: HeaderCell[], chosen?: ChosenPeopleColumns): Omit<DetectedPeopleColumns, "headerRow" | "headers"> {
  const { headerRow: _row, ...chosenRoles } = chosen ?? {};
  const columns: PeopleColumns = { ...chosenRoles };
  const taken = new Set(PEOPLE_COLUMN_ROLES.map((role) => columns[role]));
  const unused: UnusedPeopleColumn[] = [];
  for (const header of headers) {
    if (chosen && taken.has(header.column)) continue;
    const meaning = meaningOf(header.text);
    if (meaning === "ignored") unused.push({ ...header, reason: "ignored" });
    else if (meaning === null || chosen) unused.push({ ...header, reason: "unknown" });
    else if (columns[meaning] === undefined) columns[meaning] = header.column;
    else unused.push({ ...header, reason: "duplicate", role: meaning });
  }
  return { ...columns, unused };
}

const named = (columns: PeopleColumns) => columns.fullName !== undefined || (columns.lastName !== undefined && columns.firstName !== undefined);

/** The first of the top rows that names people (ФИО, or Фамилия and Имя) and places the most columns. */
export function detectPeopleHeader(sheet: Sheet): DetectedPeopleColumns | null {
  let best: (DetectedPeopleColumns & { score: number }) | null = null;
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); row++) {
    const { headerRow, headers } = headersAt(sheet, row);
    const placed = placePeopleColumns(headers);
    const score = PEOPLE_COLUMN_ROLES.filter((role) => placed[role] !== undefined).length;
    if (named(placed) && score > (best?.score ?? 0)) best = { ...placed, headerRow, headers, score };
  }
  if (!best) return null;
  const { score: _score, ...columns } = best;
  return columns;
}

/** «Столбец F «Адрес» не загружается: …» — the same words on the page and in the CLI. */
export function unusedPeopleColumnMessage(column: UnusedPeopleColumn, columns: PeopleColumns): string {
  const name = `Столбец ${columnLetter(column.column)} «${column.text}»`;
  if (column.reason === "ignored") return `${name} не загружается: программе эти сведения не нужны.`;
  if (column.reason === "duplicate" && column.role) {
    return `${name} похож на «${PEOPLE_COLUMN_LABELS[column.role]}», но они уже берутся из столбца ${columnLetter(columns[column.role] ?? 0)}: он не загружается.`;
  }
  return `${name} не загружается: непонятно, что в нём.`;
}
