// Creating and dropping whole databases on a server, for throw-away databases
// (fresh runs, tests). `serverUrl` is any owner URL on that server: the
// statements run from its database, never from the one created or dropped.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withDatabaseName } from "../db/urls";

/** A name unlikely to clash, e.g. "t_3f9a0c1b7e". */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

/** Creates the database (optionally as a copy of a template) and returns its owner URL. */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await onServer(serverUrl, async (client) => {
    const copy = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${copy}`);
  });
  return withDatabaseName(serverUrl, name);
}

/** Drops the database even while clients are still connected to it (PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

async function onServer(serverUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
