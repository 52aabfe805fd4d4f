import { z } from "zod";
import { blankable, optionalText, plainText } from "@/lib/actions/form-data";
import { MENTEE_STATUSES, REQUEST_SOURCES, REQUEST_TOPIC_KEYS } from "@/lib/mentees/catalogue";
import { intakeSchema } from "@/lib/mentees/intake";

export const MENTEES_PAGE_SIZE = 50;

export const addMenteeSchema = z.object({ programmeId: z.uuid("Программа не найдена"), personId: z.uuid("Выберите человека") }).strict();

export const addRequestSchema = z
  .object({
    menteeId: z.uuid("Запись не найдена"),
    topic: z.enum(REQUEST_TOPIC_KEYS, { error: "Выберите запрос из списка" }),
    details: optionalText("Запрос своими словами", 1000),
    source: blankable(z.enum(REQUEST_SOURCES, { error: "Выберите, откуда запрос" })),
  })
  .strict()
  .refine((input) => input.topic !== "OTHER" || Boolean(input.details), { path: ["details"], message: "Для «Другое» запишите запрос своими словами" });

export const removeRequestSchema = z.object({ requestId: z.uuid("Запись не найдена") }).strict();

export const menteeStatusSchema = z.object({ menteeId: z.uuid("Запись не найдена"), status: z.enum(MENTEE_STATUSES, { error: "Выберите статус" }) }).strict();

export const menteeIntakeSchema = intakeSchema.extend({ menteeId: z.uuid("Запись не найдена") }).strict();

export const menteeListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: plainText(100).catch(""),
  status: z.enum(MENTEE_STATUSES).optional().catch(undefined),
  topic: z.enum(REQUEST_TOPIC_KEYS).optional().catch(undefined),
  className: plainText(20).catch(""),
  /** Looking for people to add: their ФИО. */
  find: plainText(100).catch(""),
});
export type MenteeListQuery = z.infer<typeof menteeListQuerySchema>;
