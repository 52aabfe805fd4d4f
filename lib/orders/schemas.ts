import { z } from "zod";
import { blankable, isoDateField, requiredText } from "@/lib/actions/form-data";
import { ORDER_TYPES } from "@/lib/orders/labels";
import { isValidNumberPattern } from "@/lib/orders/numbering";

const orderId = z.uuid("Приказ не найден");

export const draftOrderSchema = z
  .object({
    type: z.enum(ORDER_TYPES as [string, ...string[]], { error: "Выберите вид приказа" }),
    programmeId: blankable(z.uuid("Выберите программу")),
    curatorMembershipId: blankable(z.uuid("Выберите куратора")),
    cancelsOrderId: blankable(z.uuid("Выберите отменяемый приказ")),
  })
  .strict();

/** The points arrive as one text, a point per line (as a typist writes them). */
export const updateOrderSchema = z
  .object({
    orderId,
    version: z.coerce.number().int().min(0),
    title: requiredText("Заголовок", 500).refine((title) => /^(О|Об|Обо)\s/.test(title), "Заголовок приказа начинается с «О» или «Об»"),
    preamble: requiredText("Констатирующая часть", 5000),
    points: z
      .string({ error: "Заполните пункты приказа" })
      .transform((text) => text.split(/\r?\n/).map((line) => line.replace(/^\s*\d+[.)]\s*/, "").trim()).filter(Boolean))
      .pipe(z.array(z.string().max(2000)).min(1, "Приказ должен содержать хотя бы один пункт").max(50)),
  })
  .strict();

export const submitOrderSchema = z
  .object({ orderId, approverMembershipIds: z.array(z.uuid()).max(20, "Не больше 20 согласующих") })
  .strict();

export const orderIdSchema = z.object({ orderId }).strict();

export const signOrderSchema = z.object({ orderId, signedOn: blankable(isoDateField) }).strict();

export const numberingSchema = z
  .object({
    pattern: z
      .string()
      .trim()
      .refine(isValidNumberPattern, "Шаблон номера: ровно один {n} (или {nn}, {nnn}), можно {yyyy} и {yy}, например «{n}/од»"),
  })
  .strict();
