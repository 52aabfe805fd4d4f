// Small, explicit fixtures for integration tests: organisations, people, memberships and
// guardianships, written as the owner through the same Prisma models and services the
// application uses, plus look-ups of what the application wrote (audit rows, throttles).
//
// Every helper makes names unique, so the tests of one file can share its database
// without seeing each other's rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { createPrismaClient } from "@/lib/db/client";
import { inScope, type Tx } from "@/lib/db/scope";
import { hashPassword } from "@/lib/auth/password";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/active-user";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { createOrganisation } from "@/lib/organisations/service";
import {
  registeredActions,
  type AnyActionDefinition,
  type TenantActionDefinition,
  type UserActionDefinition,
} from "@/lib/actions/define";
import { ownerQuery } from "./db";

/** The password every fixture person gets unless a test says otherwise. */
export const PASSWORD = "Верный-пароль-2025";

// ───────────────────────── owner client ─────────────────────────

let owner: { client: PrismaClient; close(): Promise<void> } | undefined;

// Registered on import, so it runs before per-file-database.ts drops the database.
afterAll(async () => {
  const open = owner;
  owner = undefined;
  await open?.close();
});

function ownerClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: is per-file-database.ts a setup file?");
  owner ??= createPrismaClient(url, 2);
  return owner.client;
}

/** Owner work (a superuser here; in production a member of tandem_platform), optionally in one organisation's scope. */
function asOwner<T>(work: (tx: Tx) => Promise<T>, organisationId?: string): Promise<T> {
  return inScope({ organisationId }, work, ownerClient());
}

// ───────────────────────── names ─────────────────────────

/** A short random suffix: lower-case letters and digits. */
export function unique(): string {
  return randomBytes(4).toString("hex");
}

let addressCounter = 0;

/** A fresh client address (TEST-NET ranges), so per-address throttling never leaks between tests. */
export function uniqueAddress(): string {
  addressCounter += 1;
  return `198.51.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
}

export function uniqueEmail(prefix = "person"): string {
  return `${prefix}.${unique()}@example.ru`;
}

const hashes = new Map<string, Promise<string>>();

function passwordHashOf(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

// ───────────────────────── organisations and people ─────────────────────────

export type OrganisationFixture = { id: string; slug: string; timeZone: string };

export async function createOrganisationFixture(options: { slug?: string; timeZone?: string } = {}): Promise<OrganisationFixture> {
  const slug = options.slug ?? `school-${unique()}`;
  const timeZone = options.timeZone ?? "Europe/Samara";
  const created = await asOwner((tx) =>
    createOrganisation(
      tx,
      {
        slug,
        fullName: `Муниципальное общеобразовательное учреждение «Школа ${slug}»`,
        shortName: `Школа ${slug}`,
        kind: "SCHOOL",
        region: "Самарская область",
        municipality: "Берёзовский муниципальный округ",
        locality: "с. Тестовое",
        address: "446100, с. Тестовое, ул. Школьная, д. 1",
        directorName: "Тестов Тест Тестович",
        timeZone,
      },
      { userId: null },
    ),
  );
  return { id: created.id, slug: created.slug, timeZone };
}

export type PersonOptions = {
  email?: string;
  lastName?: string;
  firstName?: string;
  /** null: an account without a password (as if created by an invitation not yet accepted). */
  password?: string | null;
};

export type UserFixture = { id: string; email: string };

export async function createUser(options: PersonOptions = {}): Promise<UserFixture> {
  const email = options.email ?? uniqueEmail();
  const password = options.password === undefined ? PASSWORD : options.password;
  const passwordHash = password === null ? null : await passwordHashOf(password);
  return asOwner((tx) =>
    tx.user.create({
      data: { email, lastName: options.lastName ?? "Тестова", firstName: options.firstName ?? "Мария", passwordHash },
      select: { id: true, email: true },
    }),
  );
}

export type MemberOptions = PersonOptions & {
  roles: OrganisationRole[];
  className?: string;
  classesLed?: string[];
  /** Adds an existing user instead of creating one. */
  user?: UserFixture;
};

export type MemberFixture = UserFixture & { membershipId: string; organisationId: string };

export async function addMember(organisation: { id: string }, options: MemberOptions): Promise<MemberFixture> {
  const user = options.user ?? (await createUser(options));
  const membership = await asOwner(
    (tx) =>
      tx.membership.create({
        data: {
          organisationId: organisation.id,
          userId: user.id,
          roles: options.roles,
          className: options.className ?? null,
          classesLed: options.classesLed ?? [],
        },
        select: { id: true },
      }),
    organisation.id,
  );
  return { ...user, membershipId: membership.id, organisationId: organisation.id };
}

/** Many members without passwords in two statements (for lists and pagination). */
export async function addManyMembers(
  organisation: { id: string },
  people: { lastName: string; firstName: string; roles: OrganisationRole[]; className?: string }[],
): Promise<MemberFixture[]> {
  return asOwner(async (tx) => {
    const users = await tx.user.createManyAndReturn({
      data: people.map((person) => ({ email: uniqueEmail("many"), lastName: person.lastName, firstName: person.firstName })),
      select: { id: true, email: true },
    });
    const memberships = await tx.membership.createManyAndReturn({
      data: users.map((user, index) => ({
        organisationId: organisation.id,
        userId: user.id,
        roles: people[index]?.roles ?? [],
        className: people[index]?.className ?? null,
      })),
      select: { id: true, userId: true },
    });
    const byUser = new Map(memberships.map((membership) => [membership.userId, membership.id]));
    return users.map((user) => ({ ...user, membershipId: byUser.get(user.id) ?? "", organisationId: organisation.id }));
  }, organisation.id);
}

export async function addGuardianship(parent: MemberFixture, child: MemberFixture): Promise<void> {
  if (parent.organisationId !== child.organisationId) throw new Error("A guardianship lives inside one organisation");
  await asOwner(
    (tx) =>
      tx.guardianship.create({
        data: { organisationId: parent.organisationId, parentMembershipId: parent.membershipId, childMembershipId: child.membershipId },
      }),
    parent.organisationId,
  );
}

/** A school with one director, as most tests need. */
export async function createSchool(options: { timeZone?: string } = {}): Promise<{
  organisation: OrganisationFixture;
  director: MemberFixture;
}> {
  const organisation = await createOrganisationFixture(options);
  const director = await addMember(organisation, { roles: ["DIRECTOR"], lastName: "Директорова", firstName: "Анна" });
  return { organisation, director };
}

// ───────────────────────── acting as someone ─────────────────────────

/** The signed-in user as the application loads them for each request. */
export async function signedIn(user: { id: string }): Promise<CurrentUser> {
  const current = await loadActiveUser(user.id);
  if (!current) throw new Error(`User ${user.id} is not active`);
  return current;
}

/** The tenant context of an active member (fails the test when there is none). */
export async function tenantOf(user: { id: string }, organisation: { slug: string }, ipAddress: string | null = "192.0.2.1"): Promise<TenantContext> {
  const ctx = await resolveTenant(await signedIn(user), organisation.slug, ipAddress);
  if (!ctx) throw new Error(`User ${user.id} is not an active member of ${organisation.slug}`);
  return ctx;
}

type TenantDefinition = Extract<AnyActionDefinition, { kind: "tenant" }>;
type UserDefinition = Extract<AnyActionDefinition, { kind: "user" }>;

/** A registered tenant action (import its module first, e.g. "@/lib/members/actions"). */
export function tenantAction(name: string): TenantDefinition {
  const found = registeredActions().find((definition): definition is TenantDefinition => definition.kind === "tenant" && definition.name === name);
  if (!found) throw new Error(`No tenant action "${name}" is registered: import its module first`);
  return found;
}

/** A registered user action (import its module first, e.g. "@/lib/profile/actions"). */
export function userAction(name: string): UserDefinition {
  const found = registeredActions().find((definition): definition is UserDefinition => definition.kind === "user" && definition.name === name);
  if (!found) throw new Error(`No user action "${name}" is registered: import its module first`);
  return found;
}

export type { TenantActionDefinition, UserActionDefinition };

// ───────────────────────── what the application wrote ─────────────────────────

export type AuditRecord = {
  id: string;
  organisation_id: string | null;
  actor_user_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: Record<string, unknown>;
  ip_address: string | null;
  created_at: Date;
};

export type AuditQuery = {
  action?: string;
  organisationId?: string | null;
  actorUserId?: string;
  entityId?: string;
  email?: string;
  ipAddress?: string;
};

/** Audit rows as the owner sees them (every organisation, and none), oldest first. */
export async function auditRows(query: AuditQuery): Promise<AuditRecord[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (query.action !== undefined) add((p) => `action = ${p}`, query.action);
  if (query.organisationId === null) conditions.push("organisation_id is null");
  else if (query.organisationId !== undefined) add((p) => `organisation_id = ${p}::uuid`, query.organisationId);
  if (query.actorUserId !== undefined) add((p) => `actor_user_id = ${p}::uuid`, query.actorUserId);
  if (query.entityId !== undefined) add((p) => `entity_id = ${p}`, query.entityId);
  if (query.email !== undefined) add((p) => `details->>'email' = ${p}`, query.email);
  if (query.ipAddress !== undefined) add((p) => `ip_address = ${p}`, query.ipAddress);
  const where = conditions.length > 0 ? `where ${conditions.join(" and ")}` : "";
  const { rows } = await ownerQuery<AuditRecord>(`select * from audit_events ${where} order by created_at, id`, params);
  return rows;
}

/** Writes an audit row as the owner (inserting is allowed; changing is not), e.g. at a chosen time. */
export async function insertAuditRow(row: {
  organisationId: string | null;
  action: string;
  createdAt: Date;
  actorUserId?: string | null;
  details?: Record<string, unknown>;
}): Promise<void> {
  await ownerQuery(
    `insert into audit_events (id, organisation_id, actor_user_id, action, details, created_at)
     values (gen_random_uuid(), $1, $2, $3, $4::jsonb, $5)`,
    [row.organisationId, row.actorUserId ?? null, row.action, JSON.stringify(row.details ?? {}), row.createdAt],
  );
}

export async function setUserDisabled(user: { id: string }, disabled = true): Promise<void> {
  await ownerQuery("update users set disabled_at = $2 where id = $1", [user.id, disabled ? new Date() : null]);
}

export type UserRow = { password_hash: string | null; session_version: number; last_name: string; first_name: string; disabled_at: Date | null };

export async function userRow(user: { id: string }): Promise<UserRow> {
  const { rows } = await ownerQuery<UserRow>(
    "select password_hash, session_version, last_name, first_name, disabled_at from users where id = $1",
    [user.id],
  );
  if (!rows[0]) throw new Error(`No user ${user.id}`);
  return rows[0];
}

export type MembershipRow = { id: string; user_id: string; roles: OrganisationRole[]; disabled_at: Date | null };

export async function membershipRow(membershipId: string): Promise<MembershipRow> {
  const { rows } = await ownerQuery<{ id: string; user_id: string; roles: string; disabled_at: Date | null }>(
    "select id, user_id, roles::text as roles, disabled_at from memberships where id = $1",
    [membershipId],
  );
  const row = rows[0];
  if (!row) throw new Error(`No membership ${membershipId}`);
  return { ...row, roles: parseRoles(row.roles) };
}

/** Active memberships of an organisation holding the director's role. */
export async function activeDirectorIds(organisation: { id: string }): Promise<string[]> {
  const { rows } = await ownerQuery<{ id: string }>(
    "select id from memberships where organisation_id = $1 and disabled_at is null and 'DIRECTOR' = any(roles) order by id",
    [organisation.id],
  );
  return rows.map((row) => row.id);
}

/** node-postgres returns an enum array as its text form, «{DIRECTOR,MENTOR}». */
function parseRoles(text: string): OrganisationRole[] {
  const inner = text.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : (inner.split(",") as OrganisationRole[]);
}

/** Resolves once some backend of this test's database waits for a lock held by another. */
export async function someoneWaitsForALock(timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await ownerQuery<{ waiting: string }>(
      "select count(*)::text as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if (Number(rows[0]?.waiting) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("No transaction started waiting for a lock");
}

/**
 * Runs statements as the owner in a transaction left open until commit() or rollback(), to
 * stand for a concurrent request at an exact moment (its row locks are held meanwhile).
 */
export async function openOwnerTransaction(statements: { sql: string; params?: unknown[] }[]): Promise<{
  commit(): Promise<void>;
  rollback(): Promise<void>;
}> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const end = async (command: "COMMIT" | "ROLLBACK") => {
    try {
      await client.query(command);
    } finally {
      await client.end();
    }
  };
  try {
    await client.query("BEGIN");
    for (const statement of statements) await client.query(statement.sql, statement.params ?? []);
  } catch (error) {
    await end("ROLLBACK");
    throw error;
  }
  return { commit: () => end("COMMIT"), rollback: () => end("ROLLBACK") };
}
