// Applies prisma/migrations to a database: `npm run db:migrate` (DATABASE_URL,
// or the embedded server). Each migration.sql is sent whole (DO $$ blocks,
// functions and policies intact) in one transaction together with its
// _prisma_migrations row, so a failure leaves nothing behind. The history table
// is the one `prisma migrate deploy` writes, so either tool can take over.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inTransaction } from "../../lib/db/transaction";
import { APP_ROLE, PLATFORM_ROLE, passwordOf, resolveAppDatabaseUrl, resolvePlatformDatabaseUrl } from "../../lib/db/urls";
import { runIfEntryPoint } from "../../lib/ops/cli";
import { startDatabase } from "../../lib/ops/database-server";
import { type LocalMigration, matchesChecksum, readLocalMigrations } from "./migrations-dir";

// The key `prisma migrate` itself locks, so this runner and Prisma's exclude each other.
const MIGRATION_LOCK_KEY = 72707369;

// Exactly the table `prisma migrate deploy` creates.
const CREATE_HISTORY_TABLE = `
  CREATE TABLE IF NOT EXISTS _prisma_migrations (
      id                      VARCHAR(36) PRIMARY KEY NOT NULL,
      checksum                VARCHAR(64) NOT NULL,
      finished_at             TIMESTAMPTZ,
      migration_name          VARCHAR(255) NOT NULL,
      logs                    TEXT,
      rolled_back_at          TIMESTAMPTZ,
      started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
      applied_steps_count     INTEGER NOT NULL DEFAULT 0
  )`;

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/** Applies pending migrations; returns their names (empty when up to date). */
export async function applyMigrations(
  ownerUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<string[]> {
  const local = await readLocalMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const applied: string[] = [];
    // One transaction per migration; each re-reads the history under the lock,
    // so a concurrent runner never applies the same migration twice.
    for (;;) {
      const name = await inTransaction(client, async () => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
        await client.query(CREATE_HISTORY_TABLE);
        const next = nextPending(local, await readHistory(client));
        if (next) await apply(client, next);
        return next?.name;
      });
      if (!name) break;
      applied.push(name);
    }
    await enableRoleLogins(client, ownerUrl);
    return applied;
  } finally {
    await client.end();
  }
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  const result = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM _prisma_migrations
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return result.rows;
}

/** The first migration not yet applied, after checking the history against the folder. */
function nextPending(local: LocalMigration[], history: HistoryRow[]): LocalMigration | undefined {
  const byName = new Map(local.map((migration) => [migration.name, migration]));
  for (const row of history) {
    const file = byName.get(row.migration_name);
    if (row.finished_at === null) {
      throw new Error(
        `Migration ${row.migration_name} started but never finished in this database. ` +
          "Repair the database by hand, then mark the row rolled back (rolled_back_at) or finished.",
      );
    }
    if (!file) {
      throw new Error(
        `Migration ${row.migration_name} is applied in the database but its folder is missing ` +
          "from prisma/migrations. Restore the folder; never delete an applied migration.",
      );
    }
    if (!matchesChecksum(file.sql, row.checksum)) {
      throw new Error(
        `Migration ${row.migration_name} was edited after it was applied (checksum differs). ` +
          "Restore the applied migration.sql and put the change in a new migration.",
      );
    }
  }
  const done = new Set(history.map((row) => row.migration_name));
  return local.find((migration) => !done.has(migration.name));
}

async function apply(client: pg.Client, migration: LocalMigration): Promise<void> {
  const startedAt = new Date();
  try {
    // No parameters: the simple query protocol runs the whole multi-statement script.
    await client.query(migration.sql);
  } catch (error) {
    throw new Error(`Migration ${migration.name} failed, nothing of it was applied: ${describe(error)}`);
  }
  await client.query(
    `INSERT INTO _prisma_migrations
       (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
    [randomUUID(), migration.checksum, migration.name, startedAt],
  );
}

/**
 * Migrations create the application's roles (tandem_app, tandem_platform) without LOGIN (no
 * secret in the repository); their passwords come from the environment, as derived for each
 * role's own URL. A role whose URL names another user, or that no migration has created yet,
 * is left alone.
 */
async function enableRoleLogins(client: pg.Client, ownerUrl: string): Promise<void> {
  const urls = {
    DATABASE_URL: ownerUrl,
    DATABASE_APP_URL: process.env.DATABASE_APP_URL,
    APP_DB_PASSWORD: process.env.APP_DB_PASSWORD,
    DATABASE_PLATFORM_URL: process.env.DATABASE_PLATFORM_URL,
    PLATFORM_DB_PASSWORD: process.env.PLATFORM_DB_PASSWORD,
  };
  await enableRoleLogin(client, APP_ROLE, resolveAppDatabaseUrl(urls));
  await enableRoleLogin(client, PLATFORM_ROLE, resolvePlatformDatabaseUrl(urls));
}

async function enableRoleLogin(client: pg.Client, role: string, roleUrl: string): Promise<void> {
  if (decodeURIComponent(new URL(roleUrl).username) !== role) return;
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  if (exists.rowCount === 0) return;

  const roleName = client.escapeIdentifier(role);
  const statements = [
    `ALTER ROLE ${roleName} LOGIN PASSWORD ${client.escapeLiteral(passwordOf(roleUrl))}`,
    `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(await currentDatabase(client))} TO ${roleName}`,
  ];
  // Roles are shared by every database of the server: runners migrating other
  // databases at the same moment can collide on the role's catalog row.
  for (let attempt = 1; ; attempt++) {
    try {
      await inTransaction(client, async () => {
        for (const statement of statements) await client.query(statement);
      });
      return;
    } catch (error) {
      if (attempt >= 5 || !describe(error).includes("tuple concurrently updated")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function currentDatabase(client: pg.Client): Promise<string> {
  const result = await client.query<{ name: string }>("SELECT current_database() AS name");
  const name = result.rows[0]?.name;
  if (!name) throw new Error("current_database() returned nothing");
  return name;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const position = "position" in error && error.position ? ` (at character ${String(error.position)})` : "";
  return `${error.message}${position}`;
}

async function main(): Promise<void> {
  const database = await startDatabase();
  try {
    const applied = await applyMigrations(database.ownerUrl);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing pending: the database is up to date.");
  } finally {
    await database.stop();
  }
}

runIfEntryPoint(import.meta.url, main);
