import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  APP_ROLE,
  appDatabaseUrl,
  databaseNameOf,
  passwordOf,
  resolveAppDatabaseUrl,
  resolvePlatformDatabaseUrl,
  withDatabaseName,
} from "@/lib/db/urls";

const OWNER_URL = "postgresql://postgres:secret@127.0.0.1:5433/tandem?sslmode=disable";

describe("withDatabaseName", () => {
  it("keeps credentials, host, port and parameters", () => {
    const url = withDatabaseName(OWNER_URL, "t_abc");
    expect(url).toBe("postgresql://postgres:secret@127.0.0.1:5433/t_abc?sslmode=disable");
    expect(databaseNameOf(url)).toBe("t_abc");
  });

  it("works when the URL names no database", () => {
    expect(withDatabaseName("postgresql://u:p@db:5432", "tandem")).toBe("postgresql://u:p@db:5432/tandem");
  });
});

describe("appDatabaseUrl", () => {
  it("signs in as the application role on the same database", () => {
    expect(appDatabaseUrl(OWNER_URL, "pw")).toBe(
      "postgresql://tandem_app:pw@127.0.0.1:5433/tandem?sslmode=disable",
    );
    expect(APP_ROLE).toBe("tandem_app");
  });

  it("encodes a password with URL syntax in it so that pg reads it back intact", () => {
    const password = "p@ss:w/rd%?#&ё ";
    const url = appDatabaseUrl(OWNER_URL, password);
    expect(passwordOf(url)).toBe(password);
    // What node-postgres (and so the Prisma adapter) makes of it.
    const parsed = new pg.Client({ connectionString: url });
    expect(parsed.password).toBe(password);
    expect(parsed.user).toBe(APP_ROLE);
    expect(parsed.database).toBe("tandem");
  });
});

describe("resolveAppDatabaseUrl", () => {
  it("prefers DATABASE_APP_URL", () => {
    const explicit = "postgresql://tandem_app:x@elsewhere/db";
    expect(resolveAppDatabaseUrl({ DATABASE_URL: OWNER_URL, DATABASE_APP_URL: explicit })).toBe(explicit);
  });

  it("derives from DATABASE_URL with APP_DB_PASSWORD", () => {
    const url = resolveAppDatabaseUrl({ DATABASE_URL: OWNER_URL, APP_DB_PASSWORD: "s3cret" });
    expect(url).toBe("postgresql://tandem_app:s3cret@127.0.0.1:5433/tandem?sslmode=disable");
  });

  it("falls back to the development password", () => {
    expect(passwordOf(resolveAppDatabaseUrl({ DATABASE_URL: OWNER_URL }))).toBe("tandem_app");
  });

  it("fails clearly without any URL", () => {
    expect(() => resolveAppDatabaseUrl({})).toThrow(/DATABASE_URL/);
  });
});

describe("resolvePlatformDatabaseUrl", () => {
  it("prefers DATABASE_PLATFORM_URL", () => {
    const explicit = "postgresql://tandem_platform:x@elsewhere/db";
    expect(resolvePlatformDatabaseUrl({ DATABASE_URL: OWNER_URL, DATABASE_PLATFORM_URL: explicit })).toBe(explicit);
  });

  it("derives from DATABASE_URL with PLATFORM_DB_PASSWORD, never the app role's", () => {
    const url = resolvePlatformDatabaseUrl({ DATABASE_URL: OWNER_URL, PLATFORM_DB_PASSWORD: "p4ss", APP_DB_PASSWORD: "s3cret" });
    expect(url).toBe("postgresql://tandem_platform:p4ss@127.0.0.1:5433/tandem?sslmode=disable");
    expect(passwordOf(resolvePlatformDatabaseUrl({ DATABASE_URL: OWNER_URL }))).toBe("tandem_platform");
  });

  it("fails clearly without any URL", () => {
    expect(() => resolvePlatformDatabaseUrl({})).toThrow(/DATABASE_URL/);
  });
});
