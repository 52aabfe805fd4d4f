// The benchmark's app: the production build, rebuilt only when a source is newer than it,
// served by lib/ops/serve.ts with TANDEM_BENCH=1 (its measuring pages and statement counter).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry)
    .filter((name) => name !== "generated")
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

/** Builds the app unless the build is newer than every source it is made of. */
export function ensureBuild(): void {
  const buildId = path.join(REPO_ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  const sources = Math.max(...SOURCES.map((source) => newestChange(path.join(REPO_ROOT, source))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) {
    console.log("bench: the build is up to date");
    return;
  }
  console.log("bench: building the app (next build)…");
  const built = spawnSync("npx", ["next", "build"], { cwd: REPO_ROOT, stdio: "inherit", env: process.env });
  if (built.status !== 0) throw new Error("bench: next build failed");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Served {
  baseUrl: string;
  stop: () => void;
}

export async function serve(): Promise<Served> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Its own process group: npx starts tsx, which starts node, and stopping must reach the last one.
  const child: ChildProcess = spawn("npx", ["tsx", "lib/ops/serve.ts"], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      TANDEM_BENCH: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-that-is-long-enough-1234",
    },
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error("bench: the server exited");
    const ready = await fetch(`${baseUrl}/login`).then((response) => response.ok, () => false);
    if (ready) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error("bench: the server did not answer within 60 s");
}

/** The region generator (lib/cli): idempotent, so a second run only checks what is there. */
export function loadRegion(organisations: number): void {
  console.log(`bench: a region of ${organisations} organisations (npm run tandem -- demo:region)…`);
  const loaded = spawnSync("npx", ["tsx", "lib/cli/tandem.ts", "demo:region", "--orgs", String(organisations)], { cwd: REPO_ROOT, stdio: "inherit", env: process.env });
  if (loaded.status !== 0) throw new Error("bench: the region generator failed");
}
