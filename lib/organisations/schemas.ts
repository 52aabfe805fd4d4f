import { z } from "zod";
import { blankable, optionalText, requiredText, webAddressField } from "@/lib/actions/form-data";
import { TIME_ZONE_IDS } from "@/lib/i18n/format";
import { AUTHORITY_LEVELS, ORGANISATION_KINDS } from "@/lib/organisations/kinds";

export const slugField = z
  .string({ error: "Укажите адрес" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Адрес: латинские буквы, цифры и дефисы, например lyceum-179")
  .min(2, "Адрес — не короче 2 символов")
  .max(60, "Адрес — не длиннее 60 символов");

const organisationProfileFields = {
  fullName: requiredText("Полное наименование", 500),
  shortName: requiredText("Краткое наименование", 200),
  kind: z.enum(ORGANISATION_KINDS, { error: "Выберите тип организации" }),
  region: requiredText("Регион", 200),
  municipality: requiredText("Муниципальное образование", 200),
  locality: requiredText("Населённый пункт", 200),
  address: requiredText("Адрес", 500),
  website: blankable(webAddressField("Сайт: адрес http:// или https://, например https://school.ru", 300)),
  directorName: requiredText("ФИО руководителя", 200),
  founderName: blankable(requiredText("Учредитель / вышестоящий орган", 500)),
  timeZone: z.enum(TIME_ZONE_IDS, { error: "Выберите часовой пояс" }),
};

export const organisationProfileSchema = z.object(organisationProfileFields).strict();

export const createOrganisationSchema = z
  .object({ ...organisationProfileFields, slug: slugField, authorityId: blankable(z.uuid("Выберите орган управления")) })
  .strict();

export const createAuthoritySchema = z
  .object({
    slug: slugField,
    name: requiredText("Наименование", 500),
    shortName: requiredText("Краткое наименование", 200),
    level: z.enum(AUTHORITY_LEVELS, { error: "Выберите уровень" }),
    region: requiredText("Регион", 200),
    municipality: optionalText("Муниципальное образование", 200),
  })
  .strict();

export type OrganisationProfileInput = z.infer<typeof organisationProfileSchema>;
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;
export type CreateAuthorityInput = z.infer<typeof createAuthoritySchema>;
