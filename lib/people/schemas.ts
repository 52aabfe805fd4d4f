import { z } from "zod";
import { blankable, isoDateField, optionalText, plainText, requiredText } from "@/lib/actions/form-data";
import { parseCalendarDate } from "@/lib/dates/calendar-date";
import { PERSON_CATEGORIES, SUPPORT_NEEDS } from "@/lib/people/labels";
import { normalisePhone } from "@/lib/people/phone";
import { parseExperience } from "@/lib/people/experience";

export const PEOPLE_PAGE_SIZE = 50;

const birthDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Дата рождения в формате ДД.ММ.ГГГГ")
  .refine((value) => parseCalendarDate(value) === value, "Такой даты нет в календаре")
  .refine((value) => value >= "1920-01-01" && value <= new Date().toISOString().slice(0, 10), "Проверьте год рождения");

/** «7А», «10 Б», «ТМ-21»: a class of a school or a group of a college, upper-cased, without spaces. */
export const classNameField = plainText(20, "Класс или группа — не длиннее 20 символов")
  .transform((value) => value.replace(/\s+/g, "").toUpperCase())
  .refine((value) => value === "" || /^[0-9A-ZА-ЯЁ][0-9A-ZА-ЯЁ\-/.]*$/.test(value), "Класс: например 7А или ТМ-21");

export const phoneNumberField = plainText(30)
  .refine((value) => normalisePhone(value) !== null, "Телефон: десять цифр после +7, например +7 912 345-67-89")
  .transform((value) => normalisePhone(value) ?? value);

export const experienceField = plainText(40)
  .refine((value) => parseExperience(value) !== null, "Стаж: например «12 лет», «3 г. 6 мес.» или «молодой специалист»")
  .transform((value) => parseExperience(value) ?? 0);

export const personFieldsSchema = z.object({
  lastName: requiredText("Фамилия", 100),
  firstName: requiredText("Имя", 100),
  middleName: optionalText("Отчество", 100),
  birthDate: blankable(birthDateField),
  category: z.enum(PERSON_CATEGORIES, { error: "Выберите категорию" }),
  className: blankable(classNameField),
  position: optionalText("Должность", 200),
  workplace: optionalText("Место работы", 300),
  /** The social partner a representative works for (lib/partners). */
  partnerId: blankable(z.uuid("Выберите партнёра из списка")),
  experience: blankable(experienceField),
  phone: blankable(phoneNumberField),
  email: blankable(z.string().trim().toLowerCase().email("Адрес электронной почты в виде name@example.ru").max(200)),
});

/** A new person (no personId) or the changes to one. */
export const savePersonSchema = personFieldsSchema.extend({ personId: blankable(z.uuid("Запись не найдена")) }).strict();
export type PersonFields = z.output<typeof personFieldsSchema>;

export const personIdSchema = z.object({ personId: z.uuid("Запись не найдена") }).strict();

export const addGuardianSchema = z
  .object({
    childId: z.uuid("Запись не найдена"),
    lastName: requiredText("Фамилия", 100),
    firstName: requiredText("Имя", 100),
    middleName: optionalText("Отчество", 100),
    phone: blankable(phoneNumberField),
    relation: optionalText("Кем приходится", 60),
  })
  .strict();

export const unlinkGuardianSchema = z.object({ childId: z.uuid("Запись не найдена"), guardianId: z.uuid("Запись не найдена") }).strict();

export const personSupportSchema = z
  .object({
    personId: z.uuid("Запись не найдена"),
    // react-hook-form gives false for a group with nothing checked, a string for one box.
    needs: z.preprocess(
      (value) => (value === false || value == null ? [] : typeof value === "string" ? [value] : value),
      z.array(z.enum(SUPPORT_NEEDS, { error: "Выберите из списка" })).max(SUPPORT_NEEDS.length),
    ),
    note: optionalText("Комментарий", 1000),
  })
  .strict();

export const markLeftSchema = z.object({ personId: z.uuid("Запись не найдена"), leftOn: isoDateField }).strict();

export const peopleListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: plainText(100).catch(""),
  category: z.enum(PERSON_CATEGORIES).optional().catch(undefined),
  className: plainText(20).catch(""),
  need: z.enum(SUPPORT_NEEDS).optional().catch(undefined),
  left: z.enum(["1"]).optional().catch(undefined),
});
export type PeopleListQuery = z.infer<typeof peopleListQuerySchema>;
