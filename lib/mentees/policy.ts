import type { OrganisationRole, PersonCategory, RequestSource } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";
import { isOldEnoughForMentee, MENTEE_MIN_AGE } from "@/lib/people/age";
import { MENTEE_CATEGORIES } from "@/lib/mentees/catalogue";
import { canViewPerson, leadsClass, seesEveryone } from "@/lib/people/policy";

type Viewer = Pick<TenantContext, "membership">;

/** Who keeps requests for everyone: the administration, the curator, the psychologist. */
const RECORDS_FOR_ANYONE: readonly OrganisationRole[] = ["DIRECTOR", "CURATOR", "PSYCHOLOGIST"];

/** Requests: the curator and the psychologist for anyone, a class teacher for their own class. */
export function mayRecordRequest(viewer: Viewer, mentee: { className: string | null }): boolean {
  return viewer.membership.roles.some((role) => RECORDS_FOR_ANYONE.includes(role)) || leadsClass(viewer, mentee.className);
}

/** Whose mentee records a viewer sees: the people whose cards they see (lib/people/policy.ts). */
export function mayViewMentee(viewer: Viewer, mentee: { className: string | null }): boolean {
  return canViewPerson(viewer, { className: mentee.className, childrenClasses: [] });
}

/** The classes a viewer's lists are narrowed to; null for all. */
export function visibleClasses(viewer: Viewer): string[] | null {
  return seesEveryone(viewer) ? null : viewer.membership.classesLed;
}

/** Where a request comes from when the one recording it does not say: their own role's side. */
export function defaultRequestSource(viewer: Viewer): RequestSource {
  const roles = viewer.membership.roles;
  if (roles.includes("PSYCHOLOGIST")) return "PSYCHOLOGIST";
  if (roles.includes("CLASS_TEACHER") && !roles.includes("CURATOR")) return "CLASS_TEACHER";
  return "CURATOR";
}

/**
 * Why a person cannot join the mentee base, or null when they can: pupils and students from 10
 * (the date of birth must be known), teachers; nobody who has left.
 */
export function whyNotMentee(person: { category: PersonCategory; birthDate: string | null; leftOn: string | null }, today: string): string | null {
  if (person.leftOn) return "Человек выбыл: вернуть его в списки можно из его карточки.";
  if (!MENTEE_CATEGORIES.includes(person.category)) return "Наставляемыми бывают обучающиеся, студенты и педагоги.";
  if (person.category === "TEACHER") return null;
  const oldEnough = isOldEnoughForMentee(person.birthDate, today);
  if (oldEnough === null) return `Укажите дату рождения в карточке: наставляемым обучающийся может быть с ${MENTEE_MIN_AGE} лет.`;
  return oldEnough ? null : `Наставляемым обучающийся может быть с ${MENTEE_MIN_AGE} лет.`;
}
