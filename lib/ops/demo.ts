import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startDatabase } from "@/lib/ops/database-server";
import { resolveAppDatabaseUrl, resolvePlatformDatabaseUrl } from "@/lib/db/urls";
import { applyMigrations } from "@/prisma/tools/migrate";
import { printDemoLogins, seed } from "@/prisma/seed";

/** A secret that survives restarts of the demo, so its sessions do too. */
function demoAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error("the server exited");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in 60 s`);
}

const SERVE_FILE = fileURLToPath(new URL("./serve.ts", import.meta.url));
const started = Date.now();
const port = process.env.PORT ?? "3000";
const address = `http://localhost:${port}`;
const database = await startDatabase({});
let server: ChildProcess | undefined;
const shutdown = async (code: number) => {
  server?.kill("SIGTERM");
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  console.log(`База данных: ${database.embedded ? "встроенный PostgreSQL (.data/postgres)" : "DATABASE_URL"}`);
  const applied = await applyMigrations(database.ownerUrl);
  console.log(applied.length > 0 ? `Применены миграции: ${applied.join(", ")}` : "Миграции: всё применено.");
  console.log((await seed(database.ownerUrl)) === "created" ? "Демо-данные созданы." : "Демо-данные уже есть.");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.ownerUrl,
    DATABASE_APP_URL: resolveAppDatabaseUrl({ ...process.env, DATABASE_URL: database.ownerUrl }),
    DATABASE_PLATFORM_URL: resolvePlatformDatabaseUrl({ ...process.env, DATABASE_URL: database.ownerUrl }),
    NEXTAUTH_SECRET: demoAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? address,
    NODE_ENV: "production",
  };
  if (process.env.DEMO_SKIP_BUILD !== "1") {
    await run("npm", ["run", "--silent", "build"], env);
  }
  // Our server (it tells the app the client's address) in one process, not through npx or the
  // tsx CLI: stopping the demo must stop the server process too.
  server = spawn(process.execPath, ["--import", "tsx", SERVE_FILE], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, PORT: port } });
  server.on("exit", (code) => void shutdown(code ?? 1));
  await waitUntilServing(`${address}/login`, server);

  console.log(`\nТандем работает: ${address}  (готово за ${Math.round((Date.now() - started) / 1000)} с)`);
  // Without PUBLIC_URL the served app prints links with the address the browser used to reach it.
  console.log(`QR-коды и ссылки в документах: ${process.env.PUBLIC_URL ?? "адрес, по которому сайт открыт в браузере"} (PUBLIC_URL).`);
  printDemoLogins();
  console.log("\nОстановить: Ctrl+C.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
