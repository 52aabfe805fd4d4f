import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { ORGANISATION_ROLES } from "@/lib/access/roles";

const PLACE = String.raw`(?:\s+(?:оо|оу|школы|лицея|гимназии|учреждения|организации|образовательной организации|образовательного учреждения))?`;

/** Each role by the exact words schools use for it, singular or plural; anything more is a person or a post Tandem has no role for. */
const ROLE_WORDS: [OrganisationRole, RegExp][] = [
  ["DIRECTOR", new RegExp(String.raw`^(?:директор|руководитель)${PLACE}$`)],
  ["CURATOR", /^куратор[ыа]?(?:\s+(?:программы|наставничества|программы наставничества|целевой модели))?$/],
  ["CLASS_TEACHER", /^классн(?:ый|ые) руководител[ьи]$/],
  ["PSYCHOLOGIST", /^(?:педагог-психолог|педагоги-психологи|психолог|психологи|школьный психолог)$/],
  ["METHODIST", /^методист[ы]?$/],
  ["MENTOR", /^наставник[и]?$/],
  ["MENTEE", /^наставляем(?:ый|ая|ые)$/],
  ["PARENT", /^(?:родител[ьи]|законн(?:ый|ые) представител[ьи])$/],
];

const normalised = (item: string) =>
  item
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s*-\s*/g, "-")
    .replace(/[.:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The roles a «Ответственные» cell names: «Руководитель, куратор, классные руководители» →
 * DIRECTOR, CURATOR, CLASS_TEACHER. Only an item that is a role's exact words counts:
 * «заместитель директора по УВР» or «руководитель МО» name no role, and stay as written.
 */
export function responsibleRolesIn(text: string): OrganisationRole[] {
  const items = text.split(/[,;/\n]|\s+и\s+/).map(normalised).filter((item) => item !== "");
  const roles = new Set(ROLE_WORDS.filter(([, words]) => items.some((item) => words.test(item))).map(([role]) => role));
  return ORGANISATION_ROLES.filter((role) => roles.has(role));
}
