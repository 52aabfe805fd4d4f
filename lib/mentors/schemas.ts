import { z } from "zod";
import { blankable, isoDateField, optionalText, plainText, requiredText } from "@/lib/actions/form-data";
import { MENTOR_DOCUMENT_KINDS } from "@/lib/mentors/labels";

/** «математика, робототехника; адаптация» → the list, one item each. */
const tagList = (label: string) =>
  plainText(1000, `Поле «${label}» — не длиннее 1000 символов`)
    .optional()
    .transform((text) => [...new Set((text ?? "").split(/[,;\n]+/).map((item) => item.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(100, "Каждый пункт — не длиннее 100 символов")).max(20, "Не больше 20 пунктов"));

export const addCandidateSchema = z.object({ programmeId: z.uuid("Программа не найдена"), personId: z.uuid("Выберите человека") }).strict();

export const candidateCriteriaSchema = z
  .object({
    candidateId: z.uuid("Запись не найдена"),
    experience: optionalText("Жизненный и профессиональный опыт", 2000),
    interests: optionalText("Сфера интересов", 1000),
    competencies: tagList("Профессиональные компетенции"),
    ageGroups: tagList("Возрастная категория наставляемых"),
    forms: tagList("Формы наставничества"),
    hoursPerWeek: blankable(z.coerce.number({ error: "Часов в неделю: число" }).int("Часов в неделю: целое число").min(1, "Не меньше 1 часа").max(40, "Не больше 40 часов")),
    appliedOn: blankable(isoDateField),
    portfolio: optionalText("Портфолио", 2000),
  })
  .strict();

export const trainingSchema = z
  .object({
    candidateId: z.uuid("Запись не найдена"),
    course: requiredText("Курс, программа обучения", 300),
    hours: z.coerce.number({ error: "Часов: число" }).int("Часов: целое число").min(1, "Не меньше 1 часа").max(2000, "Не больше 2000 часов"),
    completedOn: blankable(isoDateField),
    certificate: optionalText("Удостоверение, сертификат", 200),
  })
  .strict();

export const mentorDocumentSchema = z
  .object({
    personId: z.uuid("Запись не найдена"),
    candidateId: z.uuid("Запись не найдена"),
    kind: z.enum(MENTOR_DOCUMENT_KINDS, { error: "Выберите документ" }),
    number: optionalText("Номер", 60),
    issuedOn: isoDateField,
    validUntil: blankable(isoDateField),
  })
  .strict()
  .refine((input) => !input.validUntil || input.validUntil >= input.issuedOn, { path: ["validUntil"], message: "Документ не может перестать действовать раньше, чем выдан" });

export const mentorListQuerySchema = z.object({
  q: plainText(100).catch(""),
  find: plainText(100).catch(""),
});

/** The selection commission's decision on a candidate, with the date and protocol of its meeting. */
export const decisionSchema = z
  .object({
    candidateId: z.uuid("Запись не найдена"),
    decision: z.enum(["SELECTED", "REJECTED"], { error: "Выберите решение комиссии" }),
    decidedOn: isoDateField,
    note: optionalText("Протокол, основание", 500),
  })
  .strict();
