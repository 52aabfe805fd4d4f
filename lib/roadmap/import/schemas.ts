import { z } from "zod";
import { blankable, plainText } from "@/lib/actions/form-data";

import { MAX_IMPORT_BASE64 as MAX_BASE64, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/limits";

export { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, columnLetter } from "@/lib/import/limits";

// Kept apart from the reader (and exceljs), so that the upload form can use them in the browser.
export const COLUMN_ROLES = ["stage", "title", "result", "period", "responsible", "description"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column numbers (1 = A) for each role; a role without a column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;
/** The columns as the user chose them; `periodEnd` when «Сроки» come as a start and an end column. */
export type ChosenColumns = ColumnMapping & { headerRow?: number; periodEnd?: number };
/**
 * How to read a file: the programme's academic year, the columns if the user chose them, and
 * the whole years to move every written year by (a roadmap of another year).
 */
export type ReadOptions = { academicYear: number; mapping?: ChosenColumns; shiftYears?: number };

export const MAX_SHIFT_YEARS = 10;

export const COLUMN_LABELS: Record<ColumnRole, string> = {
  stage: "Этап",
  title: "Мероприятия",
  result: "Результат",
  period: "Сроки",
  responsible: "Ответственные",
  description: "Примечание",
};

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
    periodEndColumn: column,
    // The years already applied, and those the «Сдвинуть сроки» button adds.
    shiftYears: blankable(z.coerce.number().int().min(-MAX_SHIFT_YEARS).max(MAX_SHIFT_YEARS)),
    addYears: blankable(z.coerce.number().int().min(-MAX_SHIFT_YEARS).max(MAX_SHIFT_YEARS)),
  })
  .strict();

export type ImportRoadmapInput = z.output<typeof importRoadmapSchema>;

/** The columns the user chose, or undefined to let the reader find them (no «Мероприятия» chosen). */
export function chosenMapping(input: ImportRoadmapInput): ChosenColumns | undefined {
  if (input.titleColumn === undefined) return undefined;
  const mapping: ChosenColumns = { headerRow: input.headerRow };
  for (const [role, field] of Object.entries(MAPPING_FIELDS) as [ColumnRole, (typeof MAPPING_FIELDS)[ColumnRole]][]) {
    const value = input[field];
    if (value !== undefined) mapping[role] = value;
  }
  if (input.periodEndColumn !== undefined && input.periodColumn !== undefined) mapping.periodEnd = input.periodEndColumn;
  return mapping;
}

/** How many years to move the file's dates by: those already applied plus those just asked for. */
export function chosenShift(input: ImportRoadmapInput): number {
  return Math.max(-MAX_SHIFT_YEARS, Math.min(MAX_SHIFT_YEARS, (input.shiftYears ?? 0) + (input.addYears ?? 0)));
}
