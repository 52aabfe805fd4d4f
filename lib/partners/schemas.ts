import { z } from "zod";
import { blankable, isoDateField, optionalText, requiredText, webAddressField } from "@/lib/actions/form-data";
import { phoneNumberField } from "@/lib/people/schemas";
import { PARTNER_KINDS } from "@/lib/partners/labels";

export const partnerFieldsSchema = z.object({
  name: requiredText("Наименование", 300),
  kind: z.enum(PARTNER_KINDS, { error: "Выберите вид организации" }),
  contactName: optionalText("Контактное лицо", 200),
  phone: blankable(phoneNumberField),
  email: blankable(z.string().trim().toLowerCase().email("Адрес электронной почты в виде name@example.ru").max(200)),
  website: blankable(webAddressField("Адрес сайта: https://…", 300)),
  note: optionalText("Примечание", 1000),
});

/** A new partner (no partnerId) or the changes to one. */
export const savePartnerSchema = partnerFieldsSchema.extend({ partnerId: blankable(z.uuid("Запись не найдена")) }).strict();
export type PartnerFields = z.output<typeof partnerFieldsSchema>;

export const agreementSchema = z
  .object({
    partnerId: z.uuid("Партнёр не найден"),
    number: requiredText("Номер соглашения", 50),
    signedOn: isoDateField,
    validFrom: isoDateField,
    validUntil: blankable(isoDateField),
    subject: optionalText("Предмет соглашения", 500),
  })
  .strict()
  .refine((input) => !input.validUntil || input.validUntil >= input.validFrom, { path: ["validUntil"], message: "Срок действия не может закончиться раньше, чем начался" });
