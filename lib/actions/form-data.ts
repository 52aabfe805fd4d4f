import { z } from "zod";

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

/** yyyy-MM-dd that is a real day of the calendar (not 2025-02-30). */
export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Дата в формате ДД.ММ.ГГГГ")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "Такой даты нет в календаре");

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `Заполните поле «${label}»` })
    .trim()
    .min(1, `Заполните поле «${label}»`)
    .max(max, `Поле «${label}» — не длиннее ${max} символов`);
}

export function optionalText(label: string, max = 200) {
  return z.string().trim().max(max, `Поле «${label}» — не длиннее ${max} символов`).optional();
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
