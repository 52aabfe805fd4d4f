import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

type Viewer = Pick<TenantContext, "membership">;

const SEES_EVERYONE: readonly OrganisationRole[] = ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "METHODIST"];
/** Who works with special needs for everyone (a class teacher: for their own classes). */
const SEES_ALL_SUPPORT: readonly OrganisationRole[] = ["DIRECTOR", "CURATOR", "PSYCHOLOGIST"];

const hasAny = (viewer: Viewer, roles: readonly OrganisationRole[]) => viewer.membership.roles.some((role) => roles.includes(role));
/** A class teacher of that class (the relationship several areas' rules ask about). */
export const leadsClass = (viewer: Viewer, className: string | null) =>
  viewer.membership.roles.includes("CLASS_TEACHER") && className !== null && viewer.membership.classesLed.includes(className);

/** The administration, curator, psychologist and methodist see every person of the organisation. */
export const seesEveryone = (viewer: Viewer) => hasAny(viewer, SEES_EVERYONE);

export type PersonRecord = {
  className: string | null;
  /** Classes of the children this person is the parent (legal representative) of. */
  childrenClasses: string[];
};

/**
 * Who may open a person's card: the administration, curator, psychologist and methodist see
 * everyone; a class teacher sees the pupils of the classes they lead and those pupils' parents.
 */
export function canViewPerson(viewer: Viewer, person: PersonRecord): boolean {
  if (seesEveryone(viewer)) return true;
  return leadsClass(viewer, person.className) || person.childrenClasses.some((className) => leadsClass(viewer, className));
}

/** The same rule as a database filter, so lists never load what the viewer may not see. */
export function visiblePeopleWhere(viewer: Viewer): Prisma.PersonWhereInput {
  if (seesEveryone(viewer)) return {};
  const led = viewer.membership.roles.includes("CLASS_TEACHER") ? viewer.membership.classesLed : [];
  return { OR: [{ className: { in: led } }, { children: { some: { child: { className: { in: led } } } } }] };
}

/**
 * Who sees and records special needs (ОВЗ, трудная жизненная ситуация, …): the director, the
 * curator and the psychologist for everyone, a class teacher for the pupils of their classes.
 * PostgreSQL holds the same rule (app_sees_all_support, app_class_teacher_of) and refuses the rows.
 */
export function maySeeSupport(viewer: Viewer, person: Pick<PersonRecord, "className">): boolean {
  return hasAny(viewer, SEES_ALL_SUPPORT) || leadsClass(viewer, person.className);
}

/** Whether the viewer sees anyone's special needs at all (the list's filter by them). */
export function seesSupportOfSomeone(viewer: Viewer): boolean {
  return hasAny(viewer, SEES_ALL_SUPPORT) || (viewer.membership.roles.includes("CLASS_TEACHER") && viewer.membership.classesLed.length > 0);
}
