// Pure helpers for PostgreSQL connection URLs. The owner URL (DATABASE_URL) runs
// migrations; the application connects as the tandem_app role, which is subject
// to row-level security.

export const APP_ROLE = "tandem_app";

const DEFAULT_APP_PASSWORD = "tandem_app";

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/** The database named in a URL (decoded), e.g. "tandem". */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("The database URL names no database");
  return name;
}

/** The same server and database as the owner URL, signed in as the application role. */
export function appDatabaseUrl(ownerUrl: string, password: string): string {
  const parsed = new URL(ownerUrl);
  parsed.username = APP_ROLE;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The password in a URL (decoded), or "" when it has none. */
export function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

export interface DatabaseUrlEnv {
  DATABASE_URL?: string;
  DATABASE_APP_URL?: string;
  APP_DB_PASSWORD?: string;
}

/** DATABASE_APP_URL when set, else DATABASE_URL with the application role's credentials. */
export function resolveAppDatabaseUrl(env: DatabaseUrlEnv): string {
  if (env.DATABASE_APP_URL) return env.DATABASE_APP_URL;
  if (!env.DATABASE_URL) {
    throw new Error("Neither DATABASE_APP_URL nor DATABASE_URL is set");
  }
  return appDatabaseUrl(env.DATABASE_URL, env.APP_DB_PASSWORD ?? DEFAULT_APP_PASSWORD);
}
