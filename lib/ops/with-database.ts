// tsx lib/ops/with-database.ts [--fresh] [--seed] -- <command...>
//
// Runs a command against a migrated database: DATABASE_URL's server when set,
// otherwise the embedded PostgreSQL. --fresh uses a throw-away database (a
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
  command: string[];
}

export function parseArguments(args: string[]): Invocation {
  const separator = args.indexOf("--");
  const flags = separator === -1 ? args.filter((arg) => arg.startsWith("--")) : args.slice(0, separator);
  const command = separator === -1 ? args.filter((arg) => !arg.startsWith("--")) : args.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== "--fresh" && flag !== "--seed");
  if (unknown.length > 0 || command.length === 0) {
    throw new Error("Usage: tsx lib/ops/with-database.ts [--fresh] [--seed] -- <command...>");
  }
  return { fresh: flags.includes("--fresh"), seed: flags.includes("--seed"), command };
}

/** The database to run against; stop() also removes whatever --fresh created. */
async function provideDatabase(fresh: boolean): Promise<DatabaseServer> {
  const serverUrl = process.env.DATABASE_URL;
  if (!(fresh && serverUrl)) return startDatabase({ ephemeral: fresh, handleSignals: false });
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
  const { fresh, seed, command } = parseArguments(process.argv.slice(2));
  const running: { database?: DatabaseServer; child?: ChildProcess; cancelled?: NodeJS.Signals } = {};
  // While the command runs, signals go to it and we wait for it to end;
  // before that, a signal cancels the run and removes what was started.
  const onSignal = (signal: NodeJS.Signals) => {
    if (running.child) running.child.kill(signal);
    else if (running.database) void running.database.stop().finally(() => process.exit(signalExitCode(signal)));
    else running.cancelled = signal;
  };
  for (const signal of TERMINATION_SIGNALS) process.on(signal, onSignal);

  const database = await provideDatabase(fresh);
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
