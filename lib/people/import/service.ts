import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scope";
import { nothingChanged, recordAudit } from "@/lib/audit/record";
import { identityOfColumns, identityOfRow, isSamePerson, lockPeopleOf, type Identity } from "@/lib/people/duplicates";
import { nameKeyOf } from "@/lib/people/names";
import { columnsOf } from "@/lib/people/service";
import type { ImportedParent, ImportedPerson, PeopleWorkbook } from "@/lib/people/import/read";

type Columns = ReturnType<typeof columnsOf>;
type Field = keyof Columns;

export type RowOutcome =
  | { kind: "create" }
  | { kind: "update"; personId: string; changes: Field[] }
  | { kind: "unchanged"; personId: string }
  /** The same person as an earlier row of the file: one record for both. */
  | { kind: "merged"; sameAs: { sheet: string; row: number } };

export type ParentOutcome = "new" | "found" | "linked" | null;

/** Who imports: a member, or the operator's CLI (no user: audited with a null actor). */
export type PeopleImportActor = { organisation: { id: string }; user: { id: string } | null; ipAddress: string | null };

export type PlannedRow = ImportedPerson & { outcome: RowOutcome; parentOutcome: ParentOutcome };
export type ImportCounts = { created: number; updated: number; unchanged: number; merged: number; parentsCreated: number; parentsLinked: number };

const FIELDS: Field[] = ["middleName", "birthDate", "className", "position", "workplace", "experienceMonths", "phone", "email"];
const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** What the file adds to a stored person: only what it has and the record differs in (an empty cell erases nothing). */
function changesOf(stored: Columns, file: Columns): Field[] {
  return FIELDS.filter((field) => file[field] !== null && !same(file[field], stored[field]));
}

const storedSelect = {
  id: true, lastName: true, firstName: true, middleName: true, birthDate: true, category: true, className: true, position: true,
  workplace: true, experienceMonths: true, phone: true, email: true, nameKey: true, partnerId: true,
} as const satisfies Prisma.PersonSelect;

/**
 * Each row against the organisation's people and the rows above it: created, updated (and
 * which fields), unchanged, or merged into an earlier row; its parent new, found or already
 * linked. Two queries whatever the file's length. Writes nothing.
 */
export async function planPeopleImport(tx: Tx, ctx: PeopleImportActor, workbook: PeopleWorkbook): Promise<PlannedRow[]> {
  const organisationId = ctx.organisation.id;
  const keys = [...new Set(workbook.people.map((person) => nameKeyOf(person.fields.lastName, person.fields.firstName, person.fields.middleName)))];
  const parentKeys = [...new Set(workbook.people.flatMap((person) => (person.parent ? [nameKeyOf(person.parent.lastName, person.parent.firstName, person.parent.middleName)] : [])))];
  const stored = await tx.person.findMany({ where: { organisationId, nameKey: { in: [...keys, ...parentKeys] } }, select: storedSelect });
  const links = await tx.personGuardian.findMany({
    where: { organisationId, child: { nameKey: { in: keys } }, guardian: { nameKey: { in: parentKeys } } },
    select: { childId: true, guardianId: true },
  });
  const linked = new Set(links.map((link) => `${link.guardianId}:${link.childId}`));
  const seen: { identity: Identity; at: { sheet: string; row: number } }[] = [];
  const seenParents = new Set<string>();
  return workbook.people.map((person) => {
    const columns = columnsOf(person.fields);
    const identity = identityOfColumns(columns);
    const earlier = seen.find((entry) => isSamePerson(entry.identity, identity));
    const match = stored.find((row) => isSamePerson(identityOfRow(row), identity));
    let outcome: RowOutcome;
    if (earlier) outcome = { kind: "merged", sameAs: earlier.at };
    else if (!match) outcome = { kind: "create" };
    else {
      const changes = changesOf({ ...match, birthDate: match.birthDate }, columns);
      outcome = changes.length > 0 ? { kind: "update", personId: match.id, changes } : { kind: "unchanged", personId: match.id };
    }
    if (!earlier) seen.push({ identity, at: { sheet: person.sheet, row: person.row } });
    return { ...person, outcome, parentOutcome: parentOutcomeOf(person.parent, match?.id ?? null, stored, linked, seenParents) };
  });
}

function parentOutcomeOf(parent: ImportedParent | null, childId: string | null, stored: { id: string; nameKey: string; category: string }[], linked: Set<string>, seen: Set<string>): ParentOutcome {
  if (!parent) return null;
  const key = nameKeyOf(parent.lastName, parent.firstName, parent.middleName);
  const existing = stored.find((row) => row.nameKey === key && row.category === "PARENT");
  if (existing && childId && linked.has(`${existing.id}:${childId}`)) return "linked";
  if (existing || seen.has(key)) return "found";
  seen.add(key);
  return "new";
}

export function countsOf(rows: PlannedRow[]): ImportCounts {
  const count = (kind: RowOutcome["kind"]) => rows.filter((row) => row.outcome.kind === kind).length;
  return {
    created: count("create"),
    updated: count("update"),
    unchanged: count("unchanged"),
    merged: count("merged"),
    parentsCreated: rows.filter((row) => row.parentOutcome === "new").length,
    parentsLinked: rows.filter((row) => row.parentOutcome === "new" || row.parentOutcome === "found").length,
  };
}

/**
 * Writes a plan made in this same transaction under the organisation's people lock: new people
 * and parents in one statement each, changed fields person by person, the links to parents.
 * Importing the same file again finds everything in place and writes nothing.
 */
export async function applyPeopleImport(tx: Tx, ctx: PeopleImportActor, workbook: PeopleWorkbook, fileName: string): Promise<{ rows: PlannedRow[]; counts: ImportCounts }> {
  const organisationId = ctx.organisation.id;
  await lockPeopleOf(tx, organisationId);
  const rows = await planPeopleImport(tx, ctx, workbook);
  const counts = countsOf(rows);
  const idOf = new Map<string, string>();
  const created = rows.flatMap((row) => {
    if (row.outcome.kind !== "create") return [];
    const id = randomUUID();
    idOf.set(`${row.sheet}:${row.row}`, id);
    return [{ id, organisationId, ...columnsOf(row.fields) }];
  });
  const childOf = (row: PlannedRow): string | undefined => {
    if (row.outcome.kind === "update" || row.outcome.kind === "unchanged") return row.outcome.personId;
    const at = row.outcome.kind === "merged" ? row.outcome.sameAs : row;
    const first = rows.find((candidate) => candidate.sheet === at.sheet && candidate.row === at.row);
    return first && first !== row ? childOf(first) : idOf.get(`${at.sheet}:${at.row}`);
  };
  await tx.person.createMany({ data: created });
  for (const row of rows) {
    if (row.outcome.kind !== "update") continue;
    const columns = columnsOf(row.fields);
    await tx.person.update({ where: { id: row.outcome.personId }, data: Object.fromEntries(row.outcome.changes.map((field) => [field, columns[field]])) });
  }
  const parents = await parentsOf(tx, organisationId, rows);
  const guardianLinks = rows.flatMap((row) => {
    const childId = childOf(row);
    const guardianId = row.parent ? parents.get(nameKeyOf(row.parent.lastName, row.parent.firstName, row.parent.middleName)) : undefined;
    return childId && guardianId ? [{ organisationId, childId, guardianId }] : [];
  });
  const newLinks = await tx.personGuardian.createMany({ data: guardianLinks, skipDuplicates: true });
  if (counts.created + counts.updated + newLinks.count === 0) {
    nothingChanged(tx);
    return { rows, counts };
  }
  await recordAudit(tx, {
    action: "people.imported",
    organisationId,
    actorUserId: ctx.user?.id ?? null,
    entityType: "organisation",
    entityId: organisationId,
    details: { fileName, created: counts.created, updated: counts.updated, parentsCreated: counts.parentsCreated },
    ipAddress: ctx.ipAddress,
  });
  return { rows, counts };
}

/** Each parent of the file by ФИО: the one already in the lists, or a new one. */
async function parentsOf(tx: Tx, organisationId: string, rows: PlannedRow[]): Promise<Map<string, string>> {
  const wanted = new Map<string, ImportedParent>();
  for (const row of rows) {
    if (!row.parent) continue;
    const key = nameKeyOf(row.parent.lastName, row.parent.firstName, row.parent.middleName);
    // A parent listed with several children: the phone given on any of their rows.
    wanted.set(key, { ...row.parent, phone: row.parent.phone ?? wanted.get(key)?.phone });
  }
  if (wanted.size === 0) return new Map();
  const existing = await tx.person.findMany({ where: { organisationId, category: "PARENT", nameKey: { in: [...wanted.keys()] } }, select: { id: true, nameKey: true }, orderBy: { createdAt: "asc" } });
  const ids = new Map<string, string>();
  for (const parent of existing) if (!ids.has(parent.nameKey)) ids.set(parent.nameKey, parent.id);
  const missing = [...wanted.entries()].filter(([key]) => !ids.has(key));
  const created = missing.map(([key, parent]) => {
    const id = randomUUID();
    ids.set(key, id);
    return { id, organisationId, lastName: parent.lastName, firstName: parent.firstName, middleName: parent.middleName ?? null, category: "PARENT" as const, phone: parent.phone ?? null };
  });
  await tx.person.createMany({ data: created });
  return ids;
}
