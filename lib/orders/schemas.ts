import { z } from "zod";
import { blankable, isoDateField, plainText, requiredText } from "@/lib/actions/form-data";
import { ORDER_TYPES } from "@/lib/orders/labels";
import { isValidNumberPattern } from "@/lib/orders/signing/numbering";

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
    points: plainText(100_000, "Пункты приказа — слишком длинный текст", { error: "Заполните пункты приказа" })
      .transform((text) => text.split(/\r?\n/).map((line) => line.replace(/^\s*\d+[.)]\s*/, "").trim()).filter(Boolean))
      .pipe(z.array(z.string().max(2000)).min(1, "Приказ должен содержать хотя бы один пункт").max(50)),
  })
  .strict();

export const submitOrderSchema = z
  .object({ orderId, approverMembershipIds: z.array(z.uuid()).max(20, "Не больше 20 согласующих") })
  .strict();

export const orderIdSchema = z.object({ orderId }).strict();

export const signOrderSchema = z.object({ orderId, signedOn: blankable(isoDateField) }).strict();

const NUMBER_PATTERN_MAX = 40;
/** What a spreadsheet would run as a formula when the number is exported («=cmd|…», «+1», «@SUM»). */
const FORMULA_START = /^[=+\-@]/;
/** The documented tokens and plain text between them: nothing a spreadsheet or a printed form would interpret. */
const NUMBER_PATTERN_TEXT = /^(?:\{(?:n|nn|nnn|yyyy|yy)\}|[\p{L}\p{N} ./_№-])+$/u;

export const numberingSchema = z
  .object({
    pattern: plainText(NUMBER_PATTERN_MAX, `Шаблон номера — не длиннее ${NUMBER_PATTERN_MAX} символов`, { error: "Укажите шаблон номера" })
      .refine((pattern) => !FORMULA_START.test(pattern), "Шаблон номера не может начинаться с «=», «+», «-» или «@»")
      .refine((pattern) => NUMBER_PATTERN_TEXT.test(pattern), "Шаблон номера: буквы, цифры, пробел и знаки . / - _ № между {n}, {nn}, {nnn}, {yyyy}, {yy}")
      .refine(isValidNumberPattern, "Шаблон номера: ровно один {n} (или {nn}, {nnn}), можно {yyyy} и {yy}, например «{n}/од»"),
  })
  .strict();
