// Raw SQL for checks in integration tests, against this test file's database
// (the URLs per-file-database.ts set), as the owner, as the application role or as
// platform administration's role.
import pg from "pg";

const pools = new Map<string, pg.Pool>();

function poolFor(variable: "DATABASE_URL" | "DATABASE_APP_URL" | "DATABASE_PLATFORM_URL"): pg.Pool {
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: is per-file-database.ts a setup file?`);
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2 });
    // The database is dropped WITH (FORCE) at the end of the file.
    pool.on("error", () => undefined);
    pools.set(url, pool);
  }
  return pool;
}

/** As the owner (superuser): bypasses row-level security. */
export function ownerQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  return poolFor("DATABASE_URL").query<R>(sql, params);
}

/**
 * As the application role, subject to row-level security. `settings` (e.g.
 * { "app.organisation_id": id }) are set for one transaction around the query,
 * the way the application sets them.
 */
export function appRoleQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  settings: Record<string, string> = {},
): Promise<pg.QueryResult<R>> {
  return roleQuery("DATABASE_APP_URL", sql, params, settings);
}

/** As tandem_platform (platform administration), subject to row-level security; settings as above. */
export function platformRoleQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  settings: Record<string, string> = {},
): Promise<pg.QueryResult<R>> {
  return roleQuery("DATABASE_PLATFORM_URL", sql, params, settings);
}

async function roleQuery<R extends pg.QueryResultRow>(
  variable: "DATABASE_APP_URL" | "DATABASE_PLATFORM_URL",
  sql: string,
  params: unknown[],
  settings: Record<string, string>,
): Promise<pg.QueryResult<R>> {
  const client = await poolFor(variable).connect();
  try {
    await client.query("BEGIN");
    for (const [key, value] of Object.entries(settings)) {
      await client.query("SELECT set_config($1, $2, true)", [key, value]);
    }
    const result = await client.query<R>(sql, params);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function closeTestPools(): Promise<void> {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((pool) => pool.end()));
}
