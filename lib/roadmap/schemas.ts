import { z } from "zod";
import { blankable, isoDateField, optionalText, plainText, requiredText, webAddressField } from "@/lib/actions/form-data";
import { ORGANISATION_ROLES } from "@/lib/access/roles";
import { COMMENT_MAX_LENGTH } from "@/lib/roadmap/limits";

const id = (message: string) => z.uuid(message);
export const ACTIVITY_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;

export const addStageSchema = z.object({ programmeId: id("Программа не найдена"), title: requiredText("Название этапа", 300) }).strict();
export const renameStageSchema = z.object({ stageId: id("Этап не найден"), title: requiredText("Название этапа", 300) }).strict();
export const stageIdSchema = z.object({ stageId: id("Этап не найден") }).strict();
export const moveStageSchema = z.object({ stageId: id("Этап не найден"), direction: z.enum(["up", "down"]) }).strict();

const activityFields = {
  title: requiredText("Мероприятие", 1000),
  description: optionalText("Описание", 4000),
  expectedResult: optionalText("Результат", 1000),
  periodText: plainText(200, "Срок — не длиннее 200 символов").default(""),
  responsibleText: plainText(500, "Ответственные — не длиннее 500 символов").default(""),
  responsibleRoles: z.array(z.enum(ORGANISATION_ROLES)).max(8).default([]),
  responsibleMembershipIds: z.array(z.uuid()).max(20).default([]),
};

export const addActivitySchema = z.object({ stageId: id("Этап не найден"), ...activityFields }).strict();
export const updateActivitySchema = z
  .object({ activityId: id("Мероприятие не найдено"), version: z.coerce.number().int().min(0), stageId: id("Этап не найден"), ...activityFields })
  .strict();
export const activityIdSchema = z.object({ activityId: id("Мероприятие не найдено") }).strict();
export const moveActivitySchema = z.object({ activityId: id("Мероприятие не найдено"), direction: z.enum(["up", "down"]) }).strict();

export const setActivityStatusSchema = z
  .object({
    activityId: id("Мероприятие не найдено"),
    status: z.enum(ACTIVITY_STATUSES, { error: "Выберите статус" }),
    completedOn: blankable(isoDateField),
  })
  .strict();

export const addEvidenceSchema = z
  .object({
    activityId: id("Мероприятие не найдено"),
    orderId: blankable(z.uuid("Приказ не найден")),
    url: blankable(webAddressField("Ссылка: адрес http:// или https://, например https://school.ru/docs/1", 1000)),
    title: optionalText("Название документа", 300),
  })
  .strict()
  .refine((value) => Boolean(value.orderId) !== Boolean(value.url), { message: "Выберите приказ или укажите ссылку", path: ["orderId"] });

export const removeEvidenceSchema = z.object({ evidenceId: id("Подтверждение не найдено") }).strict();

export const addCommentSchema = z.object({ activityId: id("Мероприятие не найдено"), text: requiredText("Комментарий", COMMENT_MAX_LENGTH) }).strict();
