import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveTenant } from "@/lib/tenancy/context";
import { auditFilterSchema, listAuditEvents } from "@/lib/audit/queries";
import { executeTenantRoute, registeredActions } from "@/lib/actions/define";
import "@/lib/audit/export";
import { appRoleQuery, ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";
import { auditRows, createSchool, signedIn, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";

let victim: OrganisationFixture;
let victimDirector: MemberFixture;
let stranger: MemberFixture;

beforeAll(async () => {
  ({ organisation: victim, director: victimDirector } = await createSchool());
  ({ director: stranger } = await createSchool());
});

async function counterOf(actor: { id: string }) {
  const { rows } = await ownerQuery<{ count: number; audit_event_id: string; last_at: Date }>(
    "select count, audit_event_id, last_at from access_denial_counts where organisation_id = $1 and actor_user_id = $2",
    [victim.id, actor.id],
  );
  return rows;
}

describe("other schools cannot flood a school's journal", () => {
  it("many visits of a stranger within an hour make one access.denied event with their count", async () => {
    const { director: visitor } = await createSchool();
    const user = await signedIn(visitor);
    for (let i = 0; i < 12; i += 1) expect(await resolveTenant(user, victim.slug, "203.0.113.9")).toBeNull();
    const events = await auditRows({ action: "access.denied", organisationId: victim.id, actorUserId: visitor.id });
    const counters = await counterOf(visitor);
    // The run may cross the top of an hour: then there are two events, and the counts still add up.
    expect(events.length).toBe(counters.length);
    expect(events.length).toBeLessThanOrEqual(2);
    expect(counters.reduce((sum, counter) => sum + counter.count, 0)).toBe(12);
    expect(new Set(counters.map((counter) => counter.audit_event_id))).toEqual(new Set(events.map((event) => event.id)));
    expect(events[0]).toMatchObject({ ip_address: "203.0.113.9", details: { email: visitor.email } });
  });

  it("two denials at the same moment give one event with count 2", async () => {
    const { director: visitor } = await createSchool();
    const user = await signedIn(visitor);
    await Promise.all([resolveTenant(user, victim.slug, null), resolveTenant(user, victim.slug, null)]);
    const counters = await counterOf(visitor);
    const events = await auditRows({ action: "access.denied", organisationId: victim.id, actorUserId: visitor.id });
    expect(counters.length).toBeGreaterThanOrEqual(1);
    if (counters.length === 1) {
      expect(counters[0]?.count).toBe(2);
      expect(events.map((event) => event.id)).toEqual([counters[0]?.audit_event_id]);
    } else {
      // The two fell on either side of the top of an hour.
      expect([counters.length, events.length]).toEqual([2, 2]);
    }
  });

  it("each stranger is counted separately", async () => {
    expect(await resolveTenant(await signedIn(stranger), victim.slug, null)).toBeNull();
    const { director: other } = await createSchool();
    expect(await resolveTenant(await signedIn(other), victim.slug, null)).toBeNull();
    expect((await counterOf(stranger)).map((c) => c.count)).toEqual([1]);
    expect((await counterOf(other)).map((c) => c.count)).toEqual([1]);
  });

  it("the application role cannot rewrite a counter beyond raising it, nor delete it", async () => {
    const [counter] = await counterOf(stranger);
    const settings = { "app.organisation_id": victim.id, "app.user_id": stranger.id };
    await expect(
      appRoleQuery("update access_denial_counts set audit_event_id = gen_random_uuid() where actor_user_id = $1", [stranger.id], settings),
    ).rejects.toThrow(/permission denied/);
    await expect(appRoleQuery("delete from access_denial_counts where actor_user_id = $1", [stranger.id], settings)).rejects.toThrow(
      /permission denied/,
    );
    expect((await counterOf(stranger))[0]?.audit_event_id).toBe(counter?.audit_event_id);
  });

  it("the director's journal and its .xlsx export show the count beside the event", async () => {
    const { director: visitor } = await createSchool();
    const user = await signedIn(visitor);
    for (let i = 0; i < 3; i += 1) await resolveTenant(user, victim.slug, null);
    const ctx = await tenantOf(victimDirector, victim);
    const { rows } = await listAuditEvents(ctx, auditFilterSchema.parse({ action: "access.denied" }));
    const mine = rows.filter((row) => row.actorEmail === visitor.email);
    expect(mine.reduce((sum, row) => sum + (row.repeats?.count ?? 0), 0)).toBe(3);

    const route = registeredActions().find((definition) => definition.name === "audit.export");
    if (route?.kind !== "route") throw new Error("no audit.export route");
    const response = await executeTenantRoute(
      route,
      await signedIn(victimDirector),
      new Request(`http://localhost/o/${victim.slug}/audit/export?action=access.denied`),
      { slug: victim.slug },
      null,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    // The table starts at its header row, the one its autofilter is on, under the title rows.
    const headerRow = Number(/\d+/.exec(String(sheet?.autoFilter))?.[0]);
    const header = (sheet?.getRow(headerRow).values as unknown[]).map(String);
    const column = header.indexOf("Повторы за час");
    expect(column).toBeGreaterThan(0);
    const cells: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > headerRow) cells.push(String(row.getCell(column).value ?? ""));
    });
    expect(cells.some((cell) => /^отказано в доступе ×3, последний раз \d\d:\d\d$/.test(cell))).toBe(
      mine.length === 1,
    );
  });
});

describe("a member's context", () => {
  it("is read in one statement, with the organisation, the roles and the classes", async () => {
    const user = await signedIn(victimDirector);
    const { result: ctx, sent } = await sentStatements(() => resolveTenant(user, victim.slug, null));
    expect(ctx).toMatchObject({ organisation: { id: victim.id, slug: victim.slug }, membership: { roles: ["DIRECTOR"], classesLed: [] } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/from app_member_context\(/);
  });
});
