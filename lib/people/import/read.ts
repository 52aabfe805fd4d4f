import type { OrganisationKind, PersonCategory } from "@/lib/generated/prisma/enums";
import { readWorkbook, type Sheet } from "@/lib/import/sheet";
import { headersAt } from "@/lib/import/headers";
import { oneLine } from "@/lib/import/text";
import { normalisePhone } from "@/lib/people/phone";
import { parseExperience } from "@/lib/people/experience";
import { personFieldsSchema, type PersonFields } from "@/lib/people/schemas";
import type { ChosenPeopleColumns, PeopleColumnRole } from "@/lib/people/import/schemas";
import { detectPeopleHeader, placePeopleColumns, unusedPeopleColumnMessage, type DetectedPeopleColumns } from "@/lib/people/import/columns";
import { birthDateOf, categoryOf, classOfSheetName, isTotalsRow, namePart, splitFullName, type SplitName } from "@/lib/people/import/values";

export type ImportedParent = SplitName & { phone?: string };
export type ImportedPerson = { sheet: string; row: number; fields: PersonFields; parent: ImportedParent | null };
/** `row` is the Excel row; null for the sheet or the file as a whole. `fix: "mapping"`: mended by saying which column is which. */
export type PeopleImportProblem = { sheet: string | null; row: number | null; message: string; fix?: "mapping" };

export type PeopleWorkbook = {
  sheets: { name: string; columns: DetectedPeopleColumns | null; className: string | null; people: number }[];
  people: ImportedPerson[];
  /** Nothing is written while there is any. */
  errors: PeopleImportProblem[];
  /** Shown, and the file still loads: a phone that is not one (left out), a column not loaded. */
  warnings: PeopleImportProblem[];
};

export type PeopleReadOptions = { category: PersonCategory; kind: OrganisationKind; columns?: ChosenPeopleColumns; today: string };

const FIELD_LABELS: Record<string, string> = {
  lastName: "Фамилия", firstName: "Имя", middleName: "Отчество", birthDate: "Дата рождения", className: "Класс",
  position: "Должность", experience: "Стаж", phone: "Телефон", email: "E-mail", category: "Категория",
};

const fileProblem = (message: string): PeopleWorkbook => ({ sheets: [], people: [], errors: [{ sheet: null, row: null, message }], warnings: [] });
const hasContent = (sheet: Sheet) => sheet.rows.some((row) => row.some((cell) => cell.kind !== "empty"));

function columnsOf(sheet: Sheet, chosen: ChosenPeopleColumns | undefined): DetectedPeopleColumns | null {
  if (!chosen) return detectPeopleHeader(sheet);
  const detected = detectPeopleHeader(sheet);
  const headerRow = chosen.headerRow ?? detected?.headerRow ?? 1;
  const { headers } = headersAt(sheet, headerRow);
  return { ...placePeopleColumns(headers, chosen), headerRow, headers };
}

type Problems = Pick<PeopleWorkbook, "errors" | "warnings">;

/** One row's person, or its errors (each naming the row and the column). */
function personOf(
  sheet: string,
  row: number,
  cell: (role: PeopleColumnRole) => string,
  context: { category: PersonCategory; className: string | null; thisYear: number; kind: OrganisationKind },
  problems: Problems,
): ImportedPerson | null {
  const error = (message: string) => problems.errors.push({ sheet, row, message });
  const warning = (message: string) => problems.warnings.push({ sheet, row, message });
  const full = cell("fullName");
  const name = full ? splitFullName(full) : { lastName: namePart(cell("lastName")), firstName: namePart(cell("firstName")), middleName: namePart(cell("middleName")) || undefined };
  if ("error" in name) {
    error(`ФИО ${name.error}.`);
    return null;
  }
  const categoryText = cell("category");
  const written = categoryText ? categoryOf(categoryText) : null;
  if (categoryText && !written) warning(`Категория «${categoryText}» не распознана: записан как «${context.category === "PUPIL" ? "обучающийся" : "из выбранной категории"}».`);
  const category = written ?? (context.category === "PUPIL" && context.kind === "COLLEGE" ? "STUDENT" : context.category);
  const birthText = cell("birthDate");
  const birthDate = birthText ? birthDateOf(birthText, context.thisYear) : null;
  if (birthText && !birthDate) {
    error(`Дата рождения «${birthText}» не читается: запишите её как 14.03.2013.`);
    return null;
  }
  const phoneText = cell("phone");
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (phoneText && !phone) warning(`Телефон «${phoneText}» не похож на номер: человек загружается без телефона.`);
  const experienceText = cell("experience");
  const experience = experienceText ? parseExperience(experienceText) : null;
  if (experienceText && experience === null) warning(`Стаж «${experienceText}» не читается: загружается без стажа.`);
  const parsed = personFieldsSchema.safeParse({
    ...name,
    birthDate: birthDate ?? undefined,
    category,
    className: cell("className") || context.className || undefined,
    position: cell("position") || undefined,
    phone: phone ?? undefined,
    email: cell("email") || undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) error(`${FIELD_LABELS[String(issue.path[0])] ?? "Значение"}: ${issue.message}.`);
    return null;
  }
  const fields = { ...parsed.data, ...(experience !== null ? { experience } : {}) };
  const parentText = cell("parentName");
  let parent: ImportedParent | null = null;
  if (parentText) {
    const parentName = splitFullName(parentText);
    if ("error" in parentName) warning(`ФИО родителя ${parentName.error}: родитель не загружается.`);
    else {
      const parentPhone = cell("parentPhone") ? normalisePhone(cell("parentPhone")) : null;
      if (cell("parentPhone") && !parentPhone) warning(`Телефон родителя «${cell("parentPhone")}» не похож на номер: родитель загружается без телефона.`);
      parent = { ...parentName, ...(parentPhone ? { phone: parentPhone } : {}) };
    }
  }
  return { sheet, row, fields, parent };
}

function readSheetPeople(sheet: Sheet, options: PeopleReadOptions, problems: Problems): PeopleWorkbook["sheets"][number] & { rows: ImportedPerson[] } {
  const columns = columnsOf(sheet, options.columns);
  const className = columns?.className === undefined ? classOfSheetName(sheet.name) : null;
  const summary = { name: sheet.name, columns, className, people: 0, rows: [] as ImportedPerson[] };
  if (!columns || (columns.fullName === undefined && (columns.lastName === undefined || columns.firstName === undefined))) {
    problems.errors.push({
      sheet: sheet.name,
      row: null,
      message: `На листе «${sheet.name}» не найден столбец «ФИО» (или «Фамилия» и «Имя»).`,
      fix: "mapping",
    });
    return summary;
  }
  for (const unused of columns.unused) {
    problems.warnings.push({ sheet: sheet.name, row: columns.headerRow, message: unusedPeopleColumnMessage(unused, columns), ...(unused.reason === "unknown" ? { fix: "mapping" as const } : {}) });
  }
  const thisYear = Number(options.today.slice(0, 4));
  for (let row = columns.headerRow + 1; row <= sheet.rows.length; row++) {
    const cells = sheet.rows[row - 1] ?? [];
    const texts = cells.map((cell) => oneLine(cell.merged === "down" ? cell.inherited : cell.text));
    const cell = (role: PeopleColumnRole) => {
      const column = columns[role];
      return column === undefined ? "" : (texts[column - 1] ?? "");
    };
    const nameText = cell("fullName") || cell("lastName");
    if (nameText === "" || /^\d+[.)]?$/.test(nameText) || isTotalsRow(texts)) continue;
    const person = personOf(sheet.name, row, cell, { category: options.category, className, thisYear, kind: options.kind }, problems);
    if (person) summary.rows.push(person);
  }
  summary.people = summary.rows.length;
  return summary;
}

/**
 * A class list or a staff list as schools keep it: a sheet per class (named «7А») or a class
 * column; the header found among the top rows, titles above it skipped; ФИО in one cell or
 * three; empty and totals rows skipped. Every sheet with content is read.
 */
export async function readPeopleWorkbook(bytes: Uint8Array, options: PeopleReadOptions): Promise<PeopleWorkbook> {
  const workbook = await readWorkbook(bytes);
  if (!workbook) return fileProblem("Файл не читается как книга Excel (.xlsx). Сохраните его в Excel как «Книга Excel» и загрузите снова.");
  const sheets = workbook.sheets.filter(hasContent);
  if (sheets.length === 0) return fileProblem("В файле нет заполненных листов.");
  const problems: Problems = { errors: [], warnings: [] };
  if (workbook.truncated) problems.errors.push({ sheet: null, row: null, message: "На листе больше 3000 строк: разделите список на несколько файлов." });
  const read = sheets.map((sheet) => readSheetPeople(sheet, options, problems));
  return {
    sheets: read.map(({ rows: _rows, ...summary }) => summary),
    people: read.flatMap((sheet) => sheet.rows),
    errors: problems.errors,
    warnings: problems.warnings,
  };
}

const MAPPING_HINT = {
  page: "Укажите столбцы в сопоставлении.",
  cli: "Укажите столбцы параметром --map, например --map full-name=B,birth-date=C,header=3.",
} as const;

/** «Лист «7А», строка 12: …», with the fix the page or the CLI offers for columns it could not place. */
export function peopleProblemText(problem: PeopleImportProblem, where: keyof typeof MAPPING_HINT): string {
  const place = [problem.sheet ? `Лист «${problem.sheet}»` : null, problem.row ? `строка ${problem.row}` : null].filter(Boolean).join(", ");
  const message = problem.fix === "mapping" ? `${problem.message} ${MAPPING_HINT[where]}` : problem.message;
  return place ? `${place}: ${message}` : message;
}
