import type { OrganisationRole } from "@/lib/generated/prisma/enums";

const STAFF = ["DIRECTOR", "CURATOR", "CLASS_TEACHER", "PSYCHOLOGIST", "METHODIST"] as const;
const EVERYONE = [...STAFF, "MENTOR", "MENTEE", "PARENT"] as const;

/**
 * The one table of who may do what in an organisation. Pages, navigation and actions all
 * ask it; an action missing from it is refused. Rules that also depend on a relationship
 * (own class, own child, own record) live in each area's policy and take the record.
 */
export const PERMISSIONS = {
  "organisation.view": EVERYONE,
  "organisation.edit": ["DIRECTOR"],
  "members.view": STAFF,
  "members.invite": ["DIRECTOR"],
  "members.manageRoles": ["DIRECTOR"],
  "members.disable": ["DIRECTOR"],
  "children.view": ["PARENT"],
  /** Further limited by lib/people/policy.ts (a class teacher: their classes and the pupils' parents). */
  "people.view": STAFF,
  "people.manage": ["DIRECTOR", "CURATOR"],
  /** Special needs; a class teacher only for their own classes (and PostgreSQL holds the same rule). */
  "people.support": ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "CLASS_TEACHER"],
  /** The mentee base; a class teacher sees and keeps requests for their own class (lib/mentees/policy.ts). */
  "mentors.view": ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "METHODIST"],
  "mentors.manage": ["DIRECTOR", "CURATOR"],
  "partners.view": STAFF,
  "partners.manage": ["DIRECTOR", "CURATOR"],
  "mentees.view": ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "METHODIST", "CLASS_TEACHER"],
  "mentees.manage": ["DIRECTOR", "CURATOR"],
  "mentees.request": ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "CLASS_TEACHER"],
  "audit.view": ["DIRECTOR"],
  "programmes.view": [...STAFF, "MENTOR"],
  "programmes.manage": ["DIRECTOR", "CURATOR"],
  "programmes.complete": ["DIRECTOR"],
  "roadmap.edit": ["DIRECTOR", "CURATOR"],
  /** Further limited to one's own activities unless the role may edit the roadmap. */
  "roadmap.updateOwn": [...STAFF, "MENTOR"],
  "orders.view": STAFF,
  "orders.draft": ["DIRECTOR", "CURATOR"],
  "orders.sign": ["DIRECTOR"],
  /** Further limited to orders on which the member is asked to agree. */
  "orders.agree": STAFF,
} as const satisfies Record<string, readonly OrganisationRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export function can(roles: readonly OrganisationRole[], permission: Permission): boolean {
  if (!isPermission(permission)) return false;
  const allowed: readonly OrganisationRole[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
