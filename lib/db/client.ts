import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { appDatabaseUrl, env, platformDatabaseUrl } from "@/lib/env";

// Kept on globalThis so that Next's dev reloads reuse the pool; keyed by URL so that test
// files, each on its own database, never share a client.
const holder = globalThis as unknown as { tandemPrisma?: Map<string, { client: PrismaClient; close(): Promise<void> }> };

/** A client with its own pool on any connection string: the app's (below), or the owner's for seed and CLI. */
export function createPrismaClient(connectionString: string, max = env().DB_POOL_SIZE): { client: PrismaClient; close(): Promise<void> } {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5_000, // an unreachable database answers 503 in seconds, not after the OS gives up
    idle_in_transaction_session_timeout: 15_000,
    statement_timeout: 30_000,
  });
  // A restarted or unreachable database must not kill the server: idle clients emit
  // "error" and the pool replaces them on the next checkout.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // A pool handed to the adapter is ours to end: $disconnect leaves it open.
  return { client, close: async () => (await client.$disconnect(), await pool.end()) };
}

/** The application's client: connects as the app role, which is subject to row-level security. */
export function db(): PrismaClient {
  return clientFor(appDatabaseUrl());
}

/**
 * Platform administration's client (role tandem_platform, also under row-level security):
 * only lib/db/scope.ts's asPlatformAdmin uses it, after the user has been checked.
 */
export function platformDb(): PrismaClient {
  return clientFor(platformDatabaseUrl());
}

function clientFor(url: string): PrismaClient {
  holder.tandemPrisma ??= new Map();
  let entry = holder.tandemPrisma.get(url);
  if (!entry) {
    entry = createPrismaClient(url);
    holder.tandemPrisma.set(url, entry);
  }
  return entry.client;
}

/** Ends every pool db() opened (tests, before their database is dropped). */
export async function closeAllClients(): Promise<void> {
  const entries = [...(holder.tandemPrisma?.values() ?? [])];
  holder.tandemPrisma?.clear();
  await Promise.all(entries.map((entry) => entry.close()));
}
