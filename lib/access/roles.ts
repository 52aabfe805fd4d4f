import type { OrganisationRole } from "@/lib/generated/prisma/enums";

export const ORGANISATION_ROLES = [
  "DIRECTOR",
  "CURATOR",
  "CLASS_TEACHER",
  "PSYCHOLOGIST",
  "METHODIST",
  "MENTOR",
  "MENTEE",
  "PARENT",
] as const satisfies readonly OrganisationRole[];

export const ROLE_LABELS: Record<OrganisationRole, string> = {
  DIRECTOR: "Руководитель",
  CURATOR: "Куратор",
  CLASS_TEACHER: "Классный руководитель",
  PSYCHOLOGIST: "Педагог-психолог",
  METHODIST: "Методист",
  MENTOR: "Наставник",
  MENTEE: "Наставляемый",
  PARENT: "Родитель (законный представитель)",
};

export function roleList(roles: readonly OrganisationRole[]): string {
  return ORGANISATION_ROLES.filter((role) => roles.includes(role)).map((role) => ROLE_LABELS[role]).join(", ");
}
