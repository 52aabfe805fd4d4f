import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inTenant } from "@/lib/db/scope";
import { ownerQuery, appRoleQuery } from "./support/db";
import { organisationIdOf, seedDemo } from "./support/demo";

/** Global tables without tenant data and without RLS, each for a stated reason. */
const TABLES_WITHOUT_RLS = new Set([
  "_prisma_migrations", // the migration history: the app role has no access at all
  "sign_in_throttles", // failure counters keyed by e-mail or address, used before anyone is known
]);

const TENANT_TABLES = ["memberships", "guardianships", "invitations", "audit_events"];

let lyceum: string;
let stepnoe: string;

beforeAll(async () => {
  await seedDemo();
  lyceum = await organisationIdOf("lyceum-17");
  stepnoe = await organisationIdOf("stepnovskaya-sosh");
});

describe("row-level security is on everywhere", () => {
  it("every table is ENABLE and FORCE row level security, except the listed global ones", async () => {
    const { rows } = await ownerQuery<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    const unprotected = rows
      .filter((row) => !TABLES_WITHOUT_RLS.has(row.relname))
      .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)
      .map((row) => row.relname);
    expect(unprotected).toEqual([]);
  });

  it("every table with organisation_id has a policy keyed on the current organisation", async () => {
    const { rows } = await ownerQuery<{ table_name: string }>(
      `select c.table_name from information_schema.columns c
        where c.table_schema = 'public' and c.column_name = 'organisation_id'
          and not exists (select 1 from pg_policies p where p.tablename = c.table_name
                           and (p.qual like '%app_organisation_id()%' or p.with_check like '%app_organisation_id()%'))`,
    );
    expect(rows.map((row) => row.table_name)).toEqual([]);
  });

  it("every policy reads the request's settings once per statement, not once per row", async () => {
    const { rows } = await ownerQuery<{ policyname: string; qual: string | null; with_check: string | null }>(
      "select policyname, qual, with_check from pg_policies where schemaname = 'public'",
    );
    const SETTING = /app_(organisation_id|user_id|is_platform_admin|invitation_token_hash)\(\)/g;
    const perRow = rows.filter((row) =>
      [row.qual, row.with_check].some((expression) => (expression ?? "").replace(/SELECT app_\w+\(\)/g, "").match(SETTING)),
    );
    expect(perRow.map((row) => row.policyname)).toEqual([]);
  });

  it("the application role owns nothing, is no superuser and cannot bypass RLS", async () => {
    const { rows } = await ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(
      `select r.rolsuper, r.rolbypassrls,
              (select count(*) from pg_class c where c.relowner = r.oid) as owned
         from pg_roles r where r.rolname = 'tandem_app'`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: "0" });
    const create = await appRoleQuery<{ allowed: boolean }>("select has_schema_privilege('public', 'CREATE') as allowed");
    expect(create.rows[0]?.allowed).toBe(false);
  });

  it("the application role cannot read the migration history", async () => {
    await expect(appRoleQuery("select * from _prisma_migrations")).rejects.toThrow(/permission denied/);
  });
});

describe("SQL as the application role", () => {
  it("sees no tenant rows without the organisation setting", async () => {
    for (const table of TENANT_TABLES) {
      const { rows } = await appRoleQuery<{ count: string }>(`select count(*) from ${table}`);
      expect(rows[0]?.count, table).toBe("0");
    }
  });

  it("sees only the current organisation's rows with the setting", async () => {
    const { rows } = await appRoleQuery<{ organisation_id: string }>(
      "select distinct organisation_id from memberships",
      [],
      { "app.organisation_id": lyceum },
    );
    expect(rows.map((row) => row.organisation_id)).toEqual([lyceum]);
  });

  it("cannot write a row into another organisation", async () => {
    await expect(
      appRoleQuery(
        "insert into guardianships (id, organisation_id, parent_membership_id, child_membership_id) select gen_random_uuid(), $1, parent_membership_id, child_membership_id from guardianships limit 1",
        [stepnoe],
        { "app.organisation_id": lyceum },
      ),
    ).rejects.toMatchObject({ code: "42501" });
  });

  it("cannot move a row to another organisation", async () => {
    const result = await appRoleQuery(
      "update memberships set organisation_id = $1 where organisation_id = $2",
      [stepnoe, lyceum],
      { "app.organisation_id": lyceum },
    ).catch((error: { code?: string }) => error);
    expect(result).toMatchObject({ code: "42501" });
  });

  it("cannot change another organisation's details", async () => {
    const { rowCount } = await appRoleQuery("update organisations set short_name = 'x' where id = $1", [stepnoe], {
      "app.organisation_id": lyceum,
    });
    expect(rowCount).toBe(0);
  });

  it("keeps no setting after the transaction ends on the same connection", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
    await client.connect();
    try {
      await client.query("begin");
      await client.query("select set_config('app.organisation_id', $1, true)", [lyceum]);
      expect((await client.query("select count(*) from memberships")).rows[0].count).not.toBe("0");
      await client.query("commit");
      expect((await client.query("select count(*) from memberships")).rows[0].count).toBe("0");
    } finally {
      await client.end();
    }
  });
});

describe("the data-access layer under concurrency", () => {
  it("never shows one tenant's rows to another across 200 interleaved requests on a small pool", async () => {
    const requests = Array.from({ length: 200 }, (_, index) => {
      const organisationId = index % 2 === 0 ? lyceum : stepnoe;
      return inTenant({ organisationId, userId: null }, async (tx) => {
        const rows = await tx.membership.findMany({ select: { organisationId: true } });
        return rows.every((row) => row.organisationId === organisationId) && rows.length > 0;
      });
    });
    expect((await Promise.all(requests)).every(Boolean)).toBe(true);
  });
});
