import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import {
  DEMO_ADMIN,
  DEMO_AUTHORITY,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  SHARED_PSYCHOLOGIST,
  type DemoOrganisation,
} from "@/prisma/demo-data";

/** Demo accounts: for read-only journeys only (nothing here may be changed by a test). */
export { DEMO_PASSWORD };

function organisation(slug: string): DemoOrganisation {
  const found = DEMO_ORGANISATIONS.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`No demo organisation ${slug}`);
  return found;
}

export const LYCEUM = organisation("lyceum-17");
export const STEPNOE = organisation("stepnovskaya-sosh");
export const OZERNY = organisation("ozerskaya-internat");

export const ADMIN_EMAIL = DEMO_ADMIN.email;
export const SUPERVISOR_EMAIL = DEMO_AUTHORITY.supervisor.email;
export const AUTHORITY_SLUG = DEMO_AUTHORITY.slug;
export const PSYCHOLOGIST_EMAIL = SHARED_PSYCHOLOGIST.email;

export const DEMO_ROLE_KEYS = ["director", "curator", "teacher", "mentor", "mentee", "parent"] as const;
export type DemoRoleKey = (typeof DEMO_ROLE_KEYS)[number];

/** The one role each demo login of a school has (prisma/demo-data.ts). */
export const DEMO_ROLES: Record<DemoRoleKey, OrganisationRole> = {
  director: "DIRECTOR",
  curator: "CURATOR",
  teacher: "CLASS_TEACHER",
  mentor: "MENTOR",
  mentee: "MENTEE",
  parent: "PARENT",
};

/** lyceum.director@tandem.demo, stepnoe.mentor@tandem.demo, … (see prisma/demo-data.ts). */
export function demoEmail(prefix: "lyceum" | "stepnoe" | "ozerny", role: DemoRoleKey): string {
  const email = `${prefix}.${role}@tandem.demo`;
  const known = DEMO_ORGANISATIONS.some((org) => org.people.some((person) => person.email === email));
  if (!known) throw new Error(`${email} is not a demo account`);
  return email;
}

export const LYCEUM_DIRECTOR = demoEmail("lyceum", "director");
export const LYCEUM_MENTOR = demoEmail("lyceum", "mentor");
export const STEPNOE_DIRECTOR = demoEmail("stepnoe", "director");

/** "Фамилия Имя Отчество" of a demo person, as the audit log and cards show it. */
export function demoFullName(email: string): string {
  const person = DEMO_ORGANISATIONS.flatMap((org) => org.people).find((candidate) => candidate.email === email);
  if (!person) throw new Error(`${email} is not a demo person`);
  return `${person.lastName} ${person.firstName} ${person.middleName}`;
}
