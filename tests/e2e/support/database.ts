import { randomBytes } from "node:crypto";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { applyScope, inScope, type Tx } from "@/lib/db/scope";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { createOrganisation } from "@/lib/organisations/service";
import { createInvitation } from "@/lib/invitations/service";
import { invitationPath } from "@/lib/invitations/token";

/**
 * Direct database access for fixtures, as the owner (DATABASE_URL, set by
 * lib/ops/with-database.ts) and through the app's own services and RLS scope — the same
 * way prisma/seed.ts builds the demo. Tests that change data use what is created here,
 * never the shared demo accounts.
 */
export type OwnerDatabase = { client: PrismaClient; close(): Promise<void> };

export function connectAsOwner(): OwnerDatabase {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e` (lib/ops/with-database.ts).");
  return createPrismaClient(url, 2);
}

/** The password of every account a fixture creates (the demo accounts keep theirs). */
export const FRESH_PASSWORD = "Fresh-e2e-password-2025";

let freshHash: Promise<string> | undefined;
function freshPasswordHash(): Promise<string> {
  freshHash ??= hashPassword(FRESH_PASSWORD);
  return freshHash;
}

/** Lower-case, URL- and e-mail-safe, unique across runs and tests. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export type FreshPerson = {
  key: string;
  email: string;
  password: string;
  lastName: string;
  firstName: string;
  middleName: string;
  userId: string;
  membershipId: string;
  roles: OrganisationRole[];
};

export type FreshTenant<K extends string> = {
  id: string;
  slug: string;
  shortName: string;
  people: Record<K, FreshPerson>;
};

const FIRST_NAMES = ["Мария", "Пётр", "Алина", "Глеб", "Софья", "Лев", "Ника", "Олег"];

/**
 * A new organisation of its own with one active member per key, each with the given roles
 * and the password FRESH_PASSWORD.
 */
export async function createFreshTenant<K extends string>(
  database: OwnerDatabase,
  roster: Record<K, OrganisationRole[]>,
): Promise<FreshTenant<K>> {
  const suffix = uniqueSuffix();
  const slug = `e2e-${suffix}`;
  const shortName = `Школа e2e ${suffix}`;
  const passwordHash = await freshPasswordHash();
  return inScope(
    {},
    async (tx) => {
      const organisation = await createOrganisation(
        tx,
        {
          slug,
          fullName: `Муниципальное общеобразовательное учреждение «${shortName}»`,
          shortName,
          kind: "SCHOOL",
          region: "Самарская область",
          municipality: "Берёзовский муниципальный округ",
          locality: "с. Тестовое",
          address: "446199, Самарская область, с. Тестовое, ул. Проверочная, д. 1",
          directorName: "Тестова Мария Ивановна",
          timeZone: "Europe/Samara",
        },
        { userId: null },
      );
      await applyScope(tx, { organisationId: organisation.id });
      const people = {} as Record<K, FreshPerson>;
      let index = 0;
      for (const key of Object.keys(roster) as K[]) {
        const roles = roster[key];
        const person = {
          email: `${key.toLowerCase()}.${suffix}@e2e.tandem.test`,
          lastName: "Тестова",
          firstName: FIRST_NAMES[index % FIRST_NAMES.length] ?? "Мария",
          middleName: "Ивановна",
        };
        index += 1;
        const user = await tx.user.create({ data: { ...person, passwordHash }, select: { id: true } });
        const membership = await tx.membership.create({
          data: { organisationId: organisation.id, userId: user.id, roles },
          select: { id: true },
        });
        people[key] = { key, ...person, password: FRESH_PASSWORD, userId: user.id, membershipId: membership.id, roles };
      }
      return { id: organisation.id, slug, shortName, people };
    },
    database.client,
  );
}

export async function organisationIdOf(database: OwnerDatabase, slug: string): Promise<string> {
  const organisation = await inScope(
    {},
    (tx) => tx.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    database.client,
  );
  return organisation.id;
}

/** The id of a person's membership in an organisation (e.g. to forge a cross-tenant URL). */
export async function membershipIdOf(database: OwnerDatabase, slug: string, email: string): Promise<string> {
  const organisationId = await organisationIdOf(database, slug);
  const membership = await inScope(
    { organisationId },
    (tx) =>
      tx.membership.findFirstOrThrow({
        where: { organisationId, user: { email } },
        select: { id: true },
      }),
    database.client,
  );
  return membership.id;
}

/** Appends journal entries to an organisation, as the app would have written them. */
export async function appendAuditEvents(
  database: OwnerDatabase,
  organisationId: string,
  entries: Omit<AuditEntry, "organisationId">[],
): Promise<void> {
  await inScope(
    { organisationId },
    (tx: Tx) => recordAudit(tx, ...entries.map((entry) => ({ ...entry, organisationId }))),
    database.client,
  );
}

/** A pending invitation to an organisation, made as its director would; returns the link's path. */
export async function createInvitationPath(
  database: OwnerDatabase,
  tenant: { id: string },
  invitedBy: { userId: string },
  roles: OrganisationRole[],
): Promise<string> {
  const suffix = uniqueSuffix();
  const { token } = await inScope(
    { organisationId: tenant.id, userId: invitedBy.userId },
    (tx) =>
      createInvitation(tx, {
        target: { organisationId: tenant.id, roles },
        email: `invitee.${suffix}@e2e.tandem.test`,
        lastName: "Приглашённая",
        firstName: "Вера",
        middleName: "Олеговна",
        invitedById: invitedBy.userId,
      }),
    database.client,
  );
  return invitationPath(token);
}
