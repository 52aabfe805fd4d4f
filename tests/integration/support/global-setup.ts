// Once per integration run: a template database with every migration applied.
// Each test file then gets a copy of it (per-file-database.ts), which takes a
// fraction of the time migrating would.
import type { TestProject } from "vitest/node";
import { startDatabase } from "@/lib/ops/database-server";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/ops/databases";
import { applyMigrations } from "@/prisma/tools/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** Owner URL of any database on the test server, to create and drop from. */
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // DATABASE_URL comes from `lib/ops/with-database.ts`; a bare `vitest` gets a
  // throw-away embedded server instead.
  const server = await startDatabase({ ephemeral: true });
  const template = uniqueDatabaseName("tandem_template");
  try {
    const started = Date.now();
    await applyMigrations(await createDatabase(server.ownerUrl, template));
    if (process.env.TANDEM_TEST_TIMINGS) console.log(`template database: ${Date.now() - started} ms`);
  } catch (error) {
    await dropDatabase(server.ownerUrl, template).finally(() => server.stop());
    throw error;
  }
  project.provide("databaseServerUrl", server.ownerUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(server.ownerUrl, template);
    await server.stop();
  };
}
