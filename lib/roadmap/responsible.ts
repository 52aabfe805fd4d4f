import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { ORGANISATION_ROLES } from "@/lib/access/roles";

const CLASS_TEACHER = /классн\S*\s+руководител\S*/g;

const NAMED: [OrganisationRole, RegExp][] = [
  ["DIRECTOR", /руководител|директор|администрац/],
  ["CURATOR", /куратор/],
  ["PSYCHOLOGIST", /психолог/],
  ["METHODIST", /методист/],
  ["MENTOR", /наставник/],
  ["MENTEE", /наставляем/],
  ["PARENT", /родител|законн\S*\s+представител/],
];

/**
 * The roles a «Ответственные» cell names: «Руководитель, куратор, классные руководители» →
 * DIRECTOR, CURATOR, CLASS_TEACHER. «Классный руководитель» is taken out first, so that its
 * «руководитель» does not also name the director.
 */
export function responsibleRolesIn(text: string): OrganisationRole[] {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  const rest = lower.replace(CLASS_TEACHER, " ");
  const roles = new Set<OrganisationRole>(rest === lower ? [] : ["CLASS_TEACHER"]);
  for (const [role, pattern] of NAMED) if (pattern.test(rest)) roles.add(role);
  return ORGANISATION_ROLES.filter((role) => roles.has(role));
}
