// Pure helpers for PostgreSQL connection URLs. The owner URL (DATABASE_URL) runs
// migrations; the application connects as the tandem_app role, which is subject
// to row-level security, and platform administration as tandem_platform (the same
// grants, plus what app_is_platform_admin() answers for that role alone).

export const APP_ROLE = "tandem_app";
export const PLATFORM_ROLE = "tandem_platform";

const DEFAULT_APP_PASSWORD = "tandem_app";
const DEFAULT_PLATFORM_PASSWORD = "tandem_platform";

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

/** The same server and database as the owner URL, signed in as another role. */
export function roleDatabaseUrl(ownerUrl: string, role: string, password: string): string {
  const parsed = new URL(ownerUrl);
  parsed.username = role;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The same server and database as the owner URL, signed in as the application role. */
export function appDatabaseUrl(ownerUrl: string, password: string): string {
  return roleDatabaseUrl(ownerUrl, APP_ROLE, password);
}

/** The password in a URL (decoded), or "" when it has none. */
export function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

export interface DatabaseUrlEnv {
  DATABASE_URL?: string;
  DATABASE_APP_URL?: string;
  APP_DB_PASSWORD?: string;
  DATABASE_PLATFORM_URL?: string;
  PLATFORM_DB_PASSWORD?: string;
}

/** DATABASE_APP_URL when set, else DATABASE_URL with the application role's credentials. */
export function resolveAppDatabaseUrl(env: DatabaseUrlEnv): string {
  if (env.DATABASE_APP_URL) return env.DATABASE_APP_URL;
  if (!env.DATABASE_URL) {
    throw new Error("Neither DATABASE_APP_URL nor DATABASE_URL is set");
  }
  return appDatabaseUrl(env.DATABASE_URL, env.APP_DB_PASSWORD ?? DEFAULT_APP_PASSWORD);
}

/** DATABASE_PLATFORM_URL when set, else DATABASE_URL with the platform role's credentials. */
export function resolvePlatformDatabaseUrl(env: DatabaseUrlEnv): string {
  if (env.DATABASE_PLATFORM_URL) return env.DATABASE_PLATFORM_URL;
  if (!env.DATABASE_URL) {
    throw new Error("Neither DATABASE_PLATFORM_URL nor DATABASE_URL is set");
  }
  return roleDatabaseUrl(env.DATABASE_URL, PLATFORM_ROLE, env.PLATFORM_DB_PASSWORD ?? DEFAULT_PLATFORM_PASSWORD);
}
