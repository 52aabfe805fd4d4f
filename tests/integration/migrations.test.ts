import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseNameOf, withDatabaseName } from "@/lib/db/urls";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/ops/databases";
import { applyMigrations } from "@/prisma/tools/migrate";
import { MIGRATIONS_DIR, readLocalMigrations } from "@/prisma/tools/migrations-dir";
import { pendingSchemaDiff } from "@/prisma/tools/new-migration";
import { ownerQuery } from "./support/db";

const serverUrl = inject("databaseServerUrl");
const scratch: { databases: string[]; dirs: string[] } = { databases: [], dirs: [] };

afterAll(async () => {
  for (const name of scratch.databases) await dropDatabase(serverUrl, name);
  for (const dir of scratch.dirs) await rm(dir, { recursive: true, force: true });
});

/** A migrated database of its own (a copy of the template), for a test that alters its history. */
async function migratedDatabase(): Promise<string> {
  const name = uniqueDatabaseName("t_scratch");
  scratch.databases.push(name);
  return createDatabase(serverUrl, name, inject("templateDatabase"));
}

/** A copy of prisma/migrations to tamper with. */
async function migrationsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tandem-migrations-"));
  scratch.dirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function queryOn<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("schema.prisma has no change that no migration carries", async () => {
    const sql = await pendingSchemaDiff();
    expect(sql, "run `npm run db:migration -- <name>` to add a migration").toBe("");
  });

  it("records every migration the way prisma migrate deploy does", async () => {
    const local = await readLocalMigrations();
    const { rows } = await ownerQuery<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      local.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 })),
    );
    expect(await applyMigrations(process.env.DATABASE_URL ?? "")).toEqual([]);
  });

  it("refuses an applied migration whose file changed", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsCopy();
    const [first] = await readLocalMigrations(dir);
    if (!first) throw new Error("no migrations");
    await appendFile(path.join(dir, first.name, "migration.sql"), "\n-- an afterthought\n");
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      `Migration ${first.name} was edited after it was applied`,
    );
  });

  it("refuses when an applied migration's folder is missing", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsCopy();
    const [first] = await readLocalMigrations(dir);
    if (!first) throw new Error("no migrations");
    await rm(path.join(dir, first.name), { recursive: true });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/folder is missing/);
  });

  it("a failing migration leaves nothing half-applied", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsCopy();
    await addMigration(
      dir,
      "99990101000000_broken",
      `CREATE TABLE half_applied (id integer);
       DO $$ BEGIN RAISE EXCEPTION 'boom; after a semicolon'; END $$;`,
    );
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /Migration 99990101000000_broken failed.*boom; after a semicolon/,
    );
    expect(await queryOn(url, "SELECT to_regclass('half_applied') AS t")).toEqual([{ t: null }]);
    expect(
      await queryOn(url, "SELECT 1 FROM _prisma_migrations WHERE migration_name = $1", ["99990101000000_broken"]),
    ).toEqual([]);
  });

  it("sends a migration whole: DO blocks and function bodies with semicolons", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsCopy();
    await addMigration(
      dir,
      "99990101000000_whole",
      `-- a comment with a ';' in it
       CREATE FUNCTION twice(n integer) RETURNS integer LANGUAGE plpgsql AS $$
       DECLARE result integer;
       BEGIN result := n * 2; RETURN result; END;
       $$;
       DO $$ BEGIN PERFORM twice(1); END $$;`,
    );
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(["99990101000000_whole"]);
    expect(await queryOn(url, "SELECT twice(21) AS v")).toEqual([{ v: 42 }]);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([]);
  });

  it("lets the application role sign in once a migration has created it", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsCopy();
    // Idempotent, as the real migration must be: the role is shared by every database on the server.
    await addMigration(
      dir,
      "99990101000000_app_role",
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
           CREATE ROLE tandem_app NOLOGIN;
         END IF;
       END $$;`,
    );
    await applyMigrations(url, { migrationsDir: dir });
    const appUrl = withDatabaseName(process.env.DATABASE_APP_URL ?? "", databaseNameOf(url));
    expect(await queryOn(appUrl, "SELECT current_user AS who")).toEqual([{ who: "tandem_app" }]);
  });

  it("lets two runners race without applying anything twice", async () => {
    const name = uniqueDatabaseName("t_scratch");
    scratch.databases.push(name);
    const url = await createDatabase(serverUrl, name);
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const local = (await readLocalMigrations()).map((m) => m.name);
    expect(results.flat().sort()).toEqual(local);
    const rows = await queryOn<{ n: string }>(url, "SELECT count(*) AS n FROM _prisma_migrations");
    expect(Number(rows[0]?.n)).toBe(local.length);
  });
});
