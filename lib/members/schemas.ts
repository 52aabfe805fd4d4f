import { z } from "zod";
import { blankable, optionalText, plainText } from "@/lib/actions/form-data";
import { ORGANISATION_ROLES } from "@/lib/access/roles";

const classLabel = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(1[01]|[1-9])[А-ЯЁ]?$/, "Класс: номер и буква, например 7А");

/** «7А, 8Б» → ["7А", "8Б"] */
const classList = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(/[,;\s]+/).filter(Boolean))
  .pipe(z.array(classLabel).max(20, "Не больше 20 классов"));

export const changeMemberRolesSchema = z
  .object({
    membershipId: z.uuid("Запись не найдена"),
    roles: z.array(z.enum(ORGANISATION_ROLES)).min(1, "Оставьте хотя бы одну роль или отключите участника"),
    className: blankable(classLabel),
    classesLed: classList,
    position: optionalText("Должность"),
  })
  .strict();

export const memberIdSchema = z.object({ membershipId: z.uuid("Запись не найдена") }).strict();

export const memberListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: plainText(100).catch(""),
  role: z.enum(ORGANISATION_ROLES).optional().catch(undefined),
});

export type MemberListQuery = z.infer<typeof memberListQuerySchema>;
