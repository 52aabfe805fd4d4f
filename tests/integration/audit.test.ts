import { z } from "zod";
import { beforeAll, describe, expect, it, vi } from "vitest";
import "@/lib/members/actions";
import { executeTenantAction, type TenantActionDefinition } from "@/lib/actions/define";
import { UserFacingError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import { AUDIT_COUNT_CAP, AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/audit/queries";
import type { TenantContext } from "@/lib/tenancy/context";
import { appRoleQuery, ownerQuery } from "./support/db";
import {
  addMember,
  auditRows,
  createSchool,
  insertAuditRow,
  signedIn,
  tenantAction,
  tenantOf,
  type MemberFixture,
  type OrganisationFixture,
} from "./support/fixtures";

let schoolA: OrganisationFixture;
let directorA: MemberFixture;
let schoolB: OrganisationFixture;

beforeAll(async () => {
  ({ organisation: schoolA, director: directorA } = await createSchool());
  ({ organisation: schoolB } = await createSchool());
  // Something in each journal besides "organisation.created".
  await insertAuditRow({ organisationId: schoolA.id, action: "profile.updated", createdAt: new Date() });
  await insertAuditRow({ organisationId: schoolB.id, action: "profile.updated", createdAt: new Date() });
  await insertAuditRow({ organisationId: null, action: "auth.sign_in_failed", createdAt: new Date() });
});

const asTenantA = () => ({ "app.organisation_id": schoolA.id, "app.user_id": directorA.id });

describe("the journal is append-only", () => {
  it("the application role cannot change an audit event", async () => {
    await expect(appRoleQuery("update audit_events set action = 'forged'", [], asTenantA())).rejects.toThrow(/permission denied/);
  });

  it("the application role cannot delete an audit event", async () => {
    await expect(appRoleQuery("delete from audit_events", [], asTenantA())).rejects.toThrow(/permission denied/);
  });

  it("the application role cannot truncate the journal", async () => {
    await expect(appRoleQuery("truncate audit_events", [], asTenantA())).rejects.toThrow(/permission denied/);
  });

  it("even the owner is refused by the trigger: update, delete and truncate", async () => {
    await expect(ownerQuery("update audit_events set action = 'forged' where organisation_id = $1", [schoolA.id])).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(ownerQuery("delete from audit_events where organisation_id = $1", [schoolA.id])).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    );
    await expect(ownerQuery("truncate audit_events")).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    expect((await auditRows({ action: "forged" })).length).toBe(0);
    expect((await auditRows({ organisationId: schoolA.id })).length).toBeGreaterThan(0);
  });
});

describe("the journal is isolated per organisation", () => {
  it("the application role with organisation A's setting reads none of B's events", async () => {
    const { rows } = await appRoleQuery<{ organisation_id: string | null }>("select organisation_id from audit_events", [], asTenantA());
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.organisation_id))).toEqual(new Set([schoolA.id]));

    const ofB = await appRoleQuery("select * from audit_events where organisation_id = $1", [schoolB.id], asTenantA());
    expect(ofB.rows).toEqual([]);
  });

  it("the application role without an organisation setting reads no events at all", async () => {
    const { rows } = await appRoleQuery("select * from audit_events", [], { "app.user_id": directorA.id });
    expect(rows).toEqual([]);
  });

  it("the application role cannot write into another organisation's journal", async () => {
    await expect(
      appRoleQuery(
        "insert into audit_events (id, organisation_id, action) values (gen_random_uuid(), $1, 'profile.updated')",
        [schoolB.id],
        asTenantA(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("the journal page of organisation A lists none of B's events", async () => {
    const ctx = await tenantOf(directorA, schoolA);
    const { rows } = await listAuditEvents(ctx, auditFilterSchema.parse({}));
    const ids = rows.map((row) => row.id);
    const ofB = await auditRows({ organisationId: schoolB.id });
    expect(ofB.length).toBeGreaterThan(0);
    for (const event of ofB) expect(ids).not.toContain(event.id);
  });
});

describe("reading the journal", () => {
  // An organisation five hours ahead of UTC, so that local days and UTC days differ.
  let school: OrganisationFixture;
  let director: MemberFixture;
  let ctx: TenantContext;

  beforeAll(async () => {
    ({ organisation: school, director } = await createSchool({ timeZone: "Asia/Yekaterinburg" }));
    ctx = await tenantOf(director, school);
    const at = (iso: string, action: string) => insertAuditRow({ organisationId: school.id, action, createdAt: new Date(iso), actorUserId: director.id });
    await at("2025-03-09T18:59:59.999Z", "membership.disabled"); // 9 March, 23:59:59 local
    await at("2025-03-09T19:00:00.000Z", "membership.disabled"); // 10 March, 00:00 local
    await at("2025-03-10T12:00:00.000Z", "invitation.created"); // 10 March, 17:00 local
    await at("2025-03-10T18:59:59.000Z", "membership.disabled"); // 10 March, 23:59:59 local
    await at("2025-03-10T19:00:00.000Z", "membership.disabled"); // 11 March, 00:00 local
    // 120 events for paging, one a minute in 2024.
    const start = Date.parse("2024-05-01T00:00:00Z");
    const values = Array.from({ length: 120 }, (_, i) => `(gen_random_uuid(), $1, 'membership.enabled', '{}', to_timestamp(${(start + i * 60_000) / 1000}))`);
    await ownerQuery(`insert into audit_events (id, organisation_id, action, details, created_at) values ${values.join(", ")}`, [school.id]);
  });

  it("filters by action", async () => {
    const { rows, total } = await listAuditEvents(ctx, auditFilterSchema.parse({ action: "membership.disabled" }));
    expect(total).toBe(4);
    expect(rows.every((row) => row.action === "membership.disabled")).toBe(true);
  });

  it("an unknown action in the address is ignored rather than matching nothing or failing", async () => {
    const filter = auditFilterSchema.parse({ action: "drop table", from: "2025-03-10", to: "2025-03-10" });
    expect(filter.action).toBeUndefined();
    expect((await listAuditEvents(ctx, filter)).total).toBe(3);
  });

  it("filters by date range in the organisation's time zone, from the start of the first day to the end of the last", async () => {
    const { rows, total } = await listAuditEvents(ctx, auditFilterSchema.parse({ from: "2025-03-10", to: "2025-03-10" }));
    expect(total).toBe(3);
    expect(rows.map((row) => row.createdAt.toISOString())).toEqual([
      "2025-03-10T18:59:59.000Z",
      "2025-03-10T12:00:00.000Z",
      "2025-03-09T19:00:00.000Z",
    ]);
  });

  it("combines the action and date filters", async () => {
    const { total } = await listAuditEvents(ctx, auditFilterSchema.parse({ action: "membership.disabled", from: "2025-03-10", to: "2025-03-11" }));
    expect(total).toBe(3);
    const untilNinth = await listAuditEvents(ctx, auditFilterSchema.parse({ action: "membership.disabled", to: "2025-03-09" }));
    expect(untilNinth.total).toBe(1);
  });

  it("shows who acted", async () => {
    const { rows } = await listAuditEvents(ctx, auditFilterSchema.parse({ action: "invitation.created" }));
    expect(rows).toMatchObject([{ actorEmail: director.email, actorName: expect.stringContaining("Директорова") }]);
  });

  it("pages hold 50 events, newest first, without overlaps", async () => {
    expect(AUDIT_PAGE_SIZE).toBe(50);
    const page = (n: number) => listAuditEvents(ctx, auditFilterSchema.parse({ action: "membership.enabled", page: String(n) }));
    const [first, second, third, fourth] = await Promise.all([page(1), page(2), page(3), page(4)]);
    expect([first, second, third, fourth].map((p) => p.rows.length)).toEqual([50, 50, 20, 0]);
    expect(first.total).toBe(120);
    const times = [first, second, third].flatMap((p) => p.rows.map((row) => row.createdAt.getTime()));
    expect(new Set(times).size).toBe(120);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("a journal of more than 10,000 events is counted only up to the cap, and pages stop there", async () => {
    const { organisation, director } = await createSchool();
    await ownerQuery(
      `insert into audit_events (id, organisation_id, action, created_at)
       select gen_random_uuid(), $1, 'profile.updated', now() - make_interval(secs => n) from generate_series(1, $2::int) n`,
      [organisation.id, AUDIT_COUNT_CAP + 50],
    );
    const big = await tenantOf(director, organisation);
    const first = await listAuditEvents(big, auditFilterSchema.parse({}));
    expect(first).toMatchObject({ total: AUDIT_COUNT_CAP, capped: true });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const beyond = await listAuditEvents(big, auditFilterSchema.parse({ page: String(AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE + 1) }));
    expect(beyond.rows).toEqual([]);
    const filtered = await listAuditEvents(big, auditFilterSchema.parse({ action: "organisation.created" }));
    expect(filtered).toMatchObject({ total: 1, capped: false });
  });
});

describe("audit and work stand or fall together", () => {
  it("a refused role change for the last director leaves no roles_changed event", async () => {
    const { organisation, director } = await createSchool();
    const result = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(director),
      organisation.slug,
      { membershipId: director.membershipId, roles: ["MENTOR"] },
      null,
    );
    expect(result).toMatchObject({ ok: false, code: "refused" });
    expect(await auditRows({ action: "membership.roles_changed", organisationId: organisation.id })).toEqual([]);
  });

  it("an action that fails after writing its audit event leaves neither the change nor the event", async () => {
    const { organisation, director } = await createSchool();
    const member = await addMember(organisation, { roles: ["MENTOR"] });
    const failing = (error: Error): TenantActionDefinition<z.ZodObject<{ reason: z.ZodString }>, void> => ({
      kind: "tenant",
      name: "test.failsAfterAudit",
      permission: "members.manageRoles",
      input: z.object({ reason: z.string() }).strict(),
      run: async ({ ctx, tx }) => {
        await tx.membership.update({ where: { id: member.membershipId }, data: { roles: ["CURATOR"] } });
        await recordAudit(tx, { action: "membership.roles_changed", organisationId: ctx.organisation.id, actorUserId: ctx.user.id, entityId: member.membershipId });
        throw error;
      },
      success: "—",
    });
    const actor = await signedIn(director);

    const refused = await executeTenantAction(failing(new UserFacingError("Отказано.")), actor, organisation.slug, { reason: "x" }, null);
    expect(refused).toMatchObject({ ok: false, code: "refused", message: "Отказано." });
    // The pipeline logs an unexpected error with a correlation id; keep the test output quiet.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const crashed = await executeTenantAction(failing(new Error("boom")), actor, organisation.slug, { reason: "x" }, null);
      expect(crashed).toMatchObject({ ok: false, code: "failed" });
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }

    expect(await auditRows({ action: "membership.roles_changed", entityId: member.membershipId })).toEqual([]);
    const { rows } = await ownerQuery<{ roles: string }>("select roles::text as roles from memberships where id = $1", [member.membershipId]);
    expect(rows[0]?.roles).toBe("{MENTOR}");
  });
});
