import { z } from "zod";
import { blankable, plainText } from "@/lib/actions/form-data";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 3000;
export const MAX_IMPORT_COLUMNS = 40;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

// Kept apart from the reader (and exceljs), so that the upload form can use them in the browser.
export const COLUMN_ROLES = ["stage", "title", "result", "period", "responsible", "description"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column numbers (1 = A) for each role; a role without a column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;
/** How to read a file: the programme's academic year, and the columns if the user chose them. */
export type ReadOptions = { academicYear: number; mapping?: ColumnMapping & { headerRow?: number } };

export const COLUMN_LABELS: Record<ColumnRole, string> = {
  stage: "Этап",
  title: "Мероприятия",
  result: "Результат",
  period: "Сроки",
  responsible: "Ответственные",
  description: "Примечание",
};

/** A column as Excel names it: 3 → «C», 28 → «AB». */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The form field naming each role's column: «titleColumn» = 3 means «Мероприятия» are in C. */
export const MAPPING_FIELDS = {
  stage: "stageColumn",
  title: "titleColumn",
  result: "resultColumn",
  period: "periodColumn",
  responsible: "responsibleColumn",
  description: "descriptionColumn",
} as const satisfies Record<ColumnRole, string>;

const column = blankable(z.coerce.number().int().min(1).max(MAX_IMPORT_COLUMNS, "Такого столбца нет"));

export const importRoadmapSchema = z
  .object({
    programmeId: z.uuid("Программа не найдена"),
    fileName: plainText(255, "Имя файла — не длиннее 255 символов", { error: "Выберите файл" })
      .regex(/\.xlsx$/i, "Нужен файл .xlsx (Книга Excel); файлы .xls и .csv сохраните в Excel как .xlsx"),
    file: z.base64("Файл повреждён при передаче: выберите его снова").min(1, "Файл пуст").max(MAX_BASE64, "Файл больше 5 МБ"),
    mode: z.enum(["append", "replace"], { error: "Выберите: добавить к текущей или заменить" }).default("append"),
    confirm: blankable(z.literal("1")),
    headerRow: blankable(z.coerce.number().int().min(1).max(MAX_IMPORT_ROWS)),
    stageColumn: column,
    titleColumn: column,
    resultColumn: column,
    periodColumn: column,
    responsibleColumn: column,
    descriptionColumn: column,
  })
  .strict();

export type ImportRoadmapInput = z.output<typeof importRoadmapSchema>;

/** The columns the user chose, or undefined to let the reader find them (no «Мероприятия» chosen). */
export function chosenMapping(input: ImportRoadmapInput): ReadOptions["mapping"] {
  if (input.titleColumn === undefined) return undefined;
  const mapping: ColumnMapping & { headerRow?: number } = { headerRow: input.headerRow };
  for (const [role, field] of Object.entries(MAPPING_FIELDS) as [ColumnRole, (typeof MAPPING_FIELDS)[ColumnRole]][]) {
    const value = input[field];
    if (value !== undefined) mapping[role] = value;
  }
  return mapping;
}
