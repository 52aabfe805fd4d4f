import { z } from "zod";
import { parseCalendarDate } from "@/lib/dates/calendar-date";

/**
 * FormData → plain object for zod. Blank fields are left out (so `.optional()` means "may
 * be blank"), the named multi-value fields (checkboxes) always become arrays, files are dropped.
 */
export function formDataToObject(formData: FormData, arrayFields: readonly string[] = []): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData
      .getAll(key)
      .filter((value): value is string => typeof value === "string")
      .filter((value) => value.trim() !== "");
    if (arrayFields.includes(key)) result[key] = values;
    else if (values[0] !== undefined) result[key] = values[0];
  }
  for (const key of arrayFields) result[key] ??= [];
  return result;
}

/**
 * An optional field that a form sends as "" when left empty (an unselected <select>, a blank
 * URL): blank means absent, in the browser (react-hook-form) and on the server alike.
 */
export function blankable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}

/** Years a date of this application can plausibly fall in (a programme, an order, a deadline). */
export const DATE_YEARS = { min: 2000, max: 2100 } as const;

/** yyyy-MM-dd that is a real day of the calendar (not 2025-02-30) in a plausible year (not 0000 or 9999). */
export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Дата в формате ДД.ММ.ГГГГ")
  .refine((value) => parseCalendarDate(value) === value, "Такой даты нет в календаре")
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
  }, `Проверьте год: дата должна быть между ${DATE_YEARS.min} и ${DATE_YEARS.max} годом`);

/** PostgreSQL refuses U+0000 in text, so a value carrying it must stop here with a message, not fail in the database. */
const NUL = "\u0000";
const NUL_MESSAGE = "Текст содержит недопустимый символ (U+0000): удалите его или наберите текст заново";

/** Any text an input carries to the database: every text field is built on this (or its helpers below). */
export function plainText(max: number, message = `Не длиннее ${max} символов`, options?: { error: string }) {
  return z
    .string(options)
    .refine((value) => !value.includes(NUL), NUL_MESSAGE)
    .trim()
    .max(max, message);
}

export function requiredText(label: string, max = 200) {
  return plainText(max, `Поле «${label}» — не длиннее ${max} символов`, { error: `Заполните поле «${label}»` })
    .min(1, `Заполните поле «${label}»`);
}

export function optionalText(label: string, max = 200) {
  return plainText(max, `Поле «${label}» — не длиннее ${max} символов`).optional();
}

/**
 * A link a page shows to be followed: http(s) only, so no `javascript:`, `data:` or `file:`
 * link reaches anybody's browser.
 */
export function webAddressField(message: string, max: number) {
  return plainText(max, `Адрес — не длиннее ${max} символов`)
    .pipe(z.url({ protocol: /^https?$/, error: message }));
}

export const emailField = z
  .string({ error: "Укажите адрес электронной почты" })
  .trim()
  .toLowerCase()
  .email("Укажите адрес электронной почты в виде name@example.ru")
  .max(200);

export const phoneField = blankable(
  z
    .string()
    .trim()
    .regex(/^\+?[0-9\s()-]{10,20}$/, "Телефон: цифры, например +7 900 123-45-67"),
);

/** Field → first message, for showing next to each input. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    result[key] ??= issue.message;
  }
  return result;
}
