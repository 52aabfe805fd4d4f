import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db, platformDb } from "@/lib/db/client";

export type Tx = Prisma.TransactionClient;

/**
 * What row-level security is told about the current request. Every value is set
 * transaction-locally (`set_config(..., true)`), so nothing survives into the next
 * request that borrows the same pooled connection, and a missing value matches no row.
 */
export type DbScope = {
  organisationId?: string;
  userId?: string;
  invitationTokenHash?: string;
};

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** Sets (or, within one transaction, changes) what row-level security sees. */
export async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  await tx.$executeRaw`select
    set_config('app.organisation_id', ${scope.organisationId ?? ""}, true),
    set_config('app.user_id', ${scope.userId ?? ""}, true),
    set_config('app.invitation_token_hash', ${scope.invitationTokenHash ?? ""}, true)`;
}

export async function inScope<T>(scope: DbScope, work: (tx: Tx) => Promise<T>, client: PrismaClient = db()): Promise<T> {
  return client.$transaction(async (tx) => {
    await applyScope(tx, scope);
    return work(tx);
  }, TRANSACTION_OPTIONS);
}

/** Tenant work: the organisation comes from a resolved membership, never from the client. */
export function inTenant<T>(
  tenant: { organisationId: string; userId: string | null },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return inScope({ organisationId: tenant.organisationId, userId: tenant.userId ?? undefined }, work);
}

/** Global tables (users, organisations, authorities) and the user's own memberships. */
export function asUser<T>(userId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope({ userId }, work);
}

/** Work with no signed-in user: sign-in checks, invitation lookups by token hash. */
export function anonymously<T>(work: (tx: Tx) => Promise<T>, scope: Omit<DbScope, "userId" | "organisationId"> = {}): Promise<T> {
  return inScope(scope, work);
}

/**
 * Platform administration: the only way onto the tandem_platform role's pool, for which
 * app_is_platform_admin() is true (no setting can make it so for the app role). Callers check
 * `user.isPlatformAdmin` first; the database's own row is checked again here.
 */
export function asPlatformAdmin<T>(user: { id: string; isPlatformAdmin: boolean }, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!user.isPlatformAdmin) throw new Error("Not a platform administrator");
  return inScope(
    { userId: user.id },
    async (tx) => {
      const admin = await tx.user.findFirst({ where: { id: user.id, isPlatformAdmin: true, disabledAt: null }, select: { id: true } });
      if (!admin) throw new Error("Not a platform administrator");
      return work(tx);
    },
    platformDb(),
  );
}
