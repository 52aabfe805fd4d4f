// Inspecting and stopping a PostgreSQL server by its data directory's
// postmaster.pid: used for the embedded server a previous run may have left.
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

export type ExistingServer =
  | { state: "none" }
  | { state: "running"; pid: number; port: number; orphaned: boolean };

/**
 * What a data directory's postmaster.pid says. A file whose process is gone,
 * or whose pid now belongs to another program (after a reboot or in a fresh
 * container), is stale: PostgreSQL refuses to start over the latter, so it is
 * removed here.
 */
export async function inspectPostmaster(dataDir: string): Promise<ExistingServer> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return { state: "none" };
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid) && port > 0) {
    return { state: "running", pid, port, orphaned: isOrphaned(pid) };
  }
  await rm(pidFile, { force: true });
  return { state: "none" };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Sends SIGINT (fast shutdown), escalating to SIGQUIT; resolves once the process is gone. */
export async function stopPostmaster(pid: number): Promise<void> {
  signal(pid, "SIGINT");
  if (await waitForExit(pid, 20_000)) return;
  signal(pid, "SIGQUIT");
  if (await waitForExit(pid, 5_000)) return;
  throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

/** The same for a process 'exit' handler, where nothing asynchronous runs. */
export function stopPostmasterSync(pid: number): void {
  signal(pid, "SIGINT");
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 50) {
    Atomics.wait(sleeper, 0, 0, 50);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}

// Without /proc (macOS) a live pid is trusted to be the server.
function isPostgres(pid: number): boolean {
  const comm = readProc(pid, "comm");
  return comm === undefined || comm.trim().startsWith("postgres");
}

// The server's parent is the run that started it; if that parent died, nobody
// will stop the server, so a new run takes it over.
function isOrphaned(pid: number): boolean {
  const stat = readProc(pid, "stat");
  if (stat === undefined) return false;
  const parentPid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  return parentPid <= 1 || !isAlive(parentPid);
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}
