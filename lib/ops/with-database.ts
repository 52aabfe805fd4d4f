// tsx lib/ops/with-database.ts [--fresh | --data <dir>] [--seed] -- <command...>
//
// Runs a command against a migrated database: DATABASE_URL's server when set,
// otherwise the embedded PostgreSQL (its data in .data/postgres, or in <dir> with --data,
// so that the benchmark's region never mixes with the demo's). --fresh uses a throw-away database (a
// temporary embedded server, or a uniquely named database on DATABASE_URL's
// server, dropped afterwards); --seed runs prisma/seed.ts's seed(ownerUrl).
// The command gets DATABASE_URL (owner), DATABASE_APP_URL (application role) and
// DATABASE_PLATFORM_URL (platform administration's role).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { applyMigrations } from "../../prisma/tools/migrate";
import { databaseNameOf, resolveAppDatabaseUrl, resolvePlatformDatabaseUrl, withDatabaseName } from "../db/urls";
import { runIfEntryPoint } from "./cli";
import { startDatabase, type DatabaseServer } from "./database-server";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED_FILE = path.join(REPO_ROOT, "prisma", "seed.ts");
const TERMINATION_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

interface Invocation {
  fresh: boolean;
  seed: boolean;
  dataDir?: string;
  command: string[];
}

const USAGE = "Usage: tsx lib/ops/with-database.ts [--fresh | --data <dir>] [--seed] -- <command...>";

export function parseArguments(args: string[]): Invocation {
  const separator = args.indexOf("--");
  if (separator === -1) {
    const command = args.filter((arg) => !arg.startsWith("--"));
    return parseArguments([...args.filter((arg) => arg.startsWith("--")), "--", ...command]);
  }
  const flags = args.slice(0, separator);
  const command = args.slice(separator + 1);
  const dataAt = flags.indexOf("--data");
  const dataDir = dataAt === -1 ? undefined : flags[dataAt + 1];
  const rest = dataAt === -1 ? flags : flags.filter((_, index) => index !== dataAt && index !== dataAt + 1);
  const unknown = rest.filter((flag) => flag !== "--fresh" && flag !== "--seed");
  const fresh = rest.includes("--fresh");
  if (unknown.length > 0 || command.length === 0 || (dataAt !== -1 && (!dataDir || dataDir.startsWith("--") || fresh))) throw new Error(USAGE);
  return { fresh, seed: rest.includes("--seed"), ...(dataDir ? { dataDir } : {}), command };
}

/** The database to run against; stop() also removes whatever --fresh created. */
async function provideDatabase(fresh: boolean, dataDir: string | undefined): Promise<DatabaseServer> {
  const serverUrl = process.env.DATABASE_URL;
  if (!(fresh && serverUrl)) return startDatabase({ ephemeral: fresh, handleSignals: false, ...(dataDir ? { dataDir } : {}) });
  const name = uniqueDatabaseName("tandem_fresh");
  const ownerUrl = await createDatabase(serverUrl, name);
  return { ownerUrl, embedded: false, stop: () => dropDatabase(serverUrl, name) };
}

async function runSeed(ownerUrl: string): Promise<void> {
  if (!existsSync(SEED_FILE)) {
    console.warn(`with-database: ${SEED_FILE} does not exist yet; not seeding.`);
    return;
  }
  const seedModule = (await import(pathToFileURL(SEED_FILE).href)) as { seed?: (url: string) => Promise<void> };
  if (typeof seedModule.seed !== "function") throw new Error("prisma/seed.ts exports no seed(ownerUrl) function");
  await seedModule.seed(ownerUrl);
}

function commandEnvironment(ownerUrl: string): NodeJS.ProcessEnv {
  const appUrl = resolveAppDatabaseUrl({ ...process.env, DATABASE_URL: ownerUrl });
  const platformUrl = resolvePlatformDatabaseUrl({ ...process.env, DATABASE_URL: ownerUrl });
  const binaries = path.join(REPO_ROOT, "node_modules", ".bin");
  return {
    ...process.env,
    DATABASE_URL: ownerUrl,
    // An inherited DATABASE_APP_URL names the original database, not a fresh one.
    DATABASE_APP_URL: withDatabaseName(appUrl, databaseNameOf(ownerUrl)),
    DATABASE_PLATFORM_URL: withDatabaseName(platformUrl, databaseNameOf(ownerUrl)),
    PATH: [binaries, process.env.PATH].filter(Boolean).join(path.delimiter),
  };
}

/** Runs the command; resolves with its exit code (128 + signal number when killed). */
function runCommand(command: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number> } {
  const [program, ...args] = command as [string, ...string[]];
  const child = spawn(program, args, { stdio: "inherit", env });
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      console.error(`with-database: cannot run ${program}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? signalExitCode(signal)));
  });
  return { child, exited };
}

function signalExitCode(signal: NodeJS.Signals | null): number {
  return 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0);
}

async function main(): Promise<number> {
  const { fresh, seed, dataDir, command } = parseArguments(process.argv.slice(2));
  const running: { database?: DatabaseServer; child?: ChildProcess; cancelled?: NodeJS.Signals } = {};
  // While the command runs, signals go to it and we wait for it to end;
  // before that, a signal cancels the run and removes what was started.
  const onSignal = (signal: NodeJS.Signals) => {
    if (running.child) running.child.kill(signal);
    else if (running.database) void running.database.stop().finally(() => process.exit(signalExitCode(signal)));
    else running.cancelled = signal;
  };
  for (const signal of TERMINATION_SIGNALS) process.on(signal, onSignal);

  const database = await provideDatabase(fresh, dataDir);
  running.database = database;
  try {
    if (running.cancelled) return signalExitCode(running.cancelled);
    await applyMigrations(database.ownerUrl);
    const env = commandEnvironment(database.ownerUrl);
    // The seed runs in this process: modules it imports read these on import.
    process.env.DATABASE_URL = env.DATABASE_URL;
    process.env.DATABASE_APP_URL = env.DATABASE_APP_URL;
    process.env.DATABASE_PLATFORM_URL = env.DATABASE_PLATFORM_URL;
    if (seed) await runSeed(database.ownerUrl);
    const run = runCommand(command, env);
    running.child = run.child;
    return await run.exited;
  } finally {
    await database.stop();
  }
}

runIfEntryPoint(import.meta.url, main);
