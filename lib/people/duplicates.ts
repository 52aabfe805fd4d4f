import type { PersonCategory } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import { isoDay } from "@/lib/dates/calendar-date";
import { nameKeyOf } from "@/lib/people/names";

/** What decides whether two records are one person. */
export type Identity = { nameKey: string; birthDate: string | null; category: PersonCategory; className: string | null };

/**
 * The same person: the same ФИО (ё = е, case and spacing aside) with the same date of birth;
 * when either has none, the same ФИО in the same category and class.
 */
export function isSamePerson(a: Identity, b: Identity): boolean {
  if (a.nameKey !== b.nameKey) return false;
  if (a.birthDate && b.birthDate) return a.birthDate === b.birthDate;
  return a.category === b.category && a.className === b.className;
}

/**
 * Adding people is serialised per organisation (a transaction-scoped advisory lock), so two
 * curators adding the same pupil at once, or importing the same list twice, cannot both pass
 * the duplicate check.
 */
export async function lockPeopleOf(tx: Tx, organisationId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`people:${organisationId}`}, 0))`;
}

/** A stored person's identity (its date of birth as a Date, as Prisma reads it). */
export function identityOfRow(row: { nameKey: string; birthDate: Date | null; category: PersonCategory; className: string | null }): Identity {
  return { nameKey: row.nameKey, birthDate: row.birthDate ? isoDay(row.birthDate) : null, category: row.category, className: row.className };
}

/** The identity of a person about to be stored (the people table's columns: a Date of birth, no name key yet). */
export function identityOfColumns(columns: { lastName: string; firstName: string; middleName: string | null; birthDate: Date | null; category: PersonCategory; className: string | null }): Identity {
  return identityOfRow({ ...columns, nameKey: nameKeyOf(columns.lastName, columns.firstName, columns.middleName) });
}

export const identitySelect = { id: true, nameKey: true, birthDate: true, category: true, className: true } as const;
