import { z } from "zod";
import { blankable, plainText } from "@/lib/actions/form-data";
import { MAX_IMPORT_BASE64, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { PERSON_CATEGORIES } from "@/lib/people/labels";

// Kept apart from the reader (and exceljs), so that the upload form can use them in the browser.
export const PEOPLE_COLUMN_ROLES = [
  "fullName", "lastName", "firstName", "middleName", "birthDate", "className", "category",
  "position", "experience", "phone", "email", "parentName", "parentPhone",
] as const;
export type PeopleColumnRole = (typeof PEOPLE_COLUMN_ROLES)[number];
export type PeopleColumns = Partial<Record<PeopleColumnRole, number>>;
export type ChosenPeopleColumns = PeopleColumns & { headerRow?: number };

export const PEOPLE_COLUMN_LABELS: Record<PeopleColumnRole, string> = {
  fullName: "ФИО (в одной ячейке)",
  lastName: "Фамилия",
  firstName: "Имя",
  middleName: "Отчество",
  birthDate: "Дата рождения",
  className: "Класс, группа",
  category: "Категория",
  position: "Должность",
  experience: "Стаж",
  phone: "Телефон",
  email: "E-mail",
  parentName: "ФИО родителя",
  parentPhone: "Телефон родителя",
};

/** The form field naming each role's column: «birthDateColumn» = 3 means dates of birth are in C. */
export const peopleColumnField = (role: PeopleColumnRole) => `${role}Column` as const;

const column = blankable(z.coerce.number().int().min(1).max(MAX_IMPORT_COLUMNS, "Такого столбца нет"));
const columnFields = Object.fromEntries(PEOPLE_COLUMN_ROLES.map((role) => [peopleColumnField(role), column])) as Record<
  `${PeopleColumnRole}Column`,
  typeof column
>;

export const importPeopleSchema = z
  .object({
    fileName: plainText(255, "Имя файла — не длиннее 255 символов", { error: "Выберите файл" })
      .regex(/\.xlsx$/i, "Нужен файл .xlsx (Книга Excel); файлы .xls и .csv сохраните в Excel как .xlsx"),
    file: z.base64("Файл повреждён при передаче: выберите его снова").min(1, "Файл пуст").max(MAX_IMPORT_BASE64, "Файл больше 5 МБ"),
    /** Who the people of the file are when no column says it. */
    category: z.enum(PERSON_CATEGORIES, { error: "Выберите, кто в списке" }).default("PUPIL"),
    confirm: blankable(z.literal("1")),
    headerRow: blankable(z.coerce.number().int().min(1).max(MAX_IMPORT_ROWS)),
    ...columnFields,
  })
  .strict();

export type ImportPeopleInput = z.output<typeof importPeopleSchema>;

/** The columns the user chose, or undefined to let the reader find them (no name column chosen). */
export function chosenPeopleColumns(input: ImportPeopleInput): ChosenPeopleColumns | undefined {
  const columns: ChosenPeopleColumns = { headerRow: input.headerRow };
  for (const role of PEOPLE_COLUMN_ROLES) {
    const value = input[peopleColumnField(role)];
    if (value !== undefined) columns[role] = value;
  }
  return columns.fullName === undefined && columns.lastName === undefined ? undefined : columns;
}
