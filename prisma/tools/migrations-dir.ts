// The migrations folder as Prisma lays it out:
// prisma/migrations/<yyyyMMddHHmmss>_<name>/migration.sql + migration_lock.toml.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

/** Every migration folder, in name (= timestamp) order, like `prisma migrate deploy`. */
export async function readLocalMigrations(dir: string = MIGRATIONS_DIR): Promise<LocalMigration[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql (${file})`);
      const sql = await readFile(file, "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/** sha256 hex of the script, as Prisma stores it in _prisma_migrations.checksum. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Prisma accepts a checksum of the script with either line ending (git may convert them). */
export function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}
