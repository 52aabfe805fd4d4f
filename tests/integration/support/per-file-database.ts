// Runs before each integration test file is imported: gives the file its own
// copy of the migrated template database and points DATABASE_URL (owner),
// DATABASE_APP_URL (application role) and DATABASE_PLATFORM_URL (platform
// administration's role) at it, so application modules that read them on import
// connect to this copy.
import { afterAll, inject } from "vitest";
import { resolveAppDatabaseUrl, resolvePlatformDatabaseUrl, withDatabaseName } from "@/lib/db/urls";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/ops/databases";
import { closeTestPools } from "./db";
import { closeAllClients } from "@/lib/db/client";

const serverUrl = inject("databaseServerUrl");
const name = uniqueDatabaseName("t");
const started = Date.now();
const ownerUrl = await createDatabase(serverUrl, name, inject("templateDatabase"));
if (process.env.TANDEM_TEST_TIMINGS) console.log(`per-file database: ${Date.now() - started} ms`);

const appUrl = resolveAppDatabaseUrl({ ...process.env, DATABASE_URL: ownerUrl });
process.env.DATABASE_URL = ownerUrl;
process.env.DATABASE_APP_URL = withDatabaseName(appUrl, name);
process.env.DATABASE_PLATFORM_URL = withDatabaseName(resolvePlatformDatabaseUrl({ ...process.env, DATABASE_URL: ownerUrl }), name);

// Registered first, so it runs after the test file's own afterAll hooks.
afterAll(async () => {
  await closeTestPools();
  await closeAllClients();
  await dropDatabase(serverUrl, name);
});
