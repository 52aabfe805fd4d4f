import { beforeAll, describe, expect, it } from "vitest";
import { inTenant } from "@/lib/db/scope";
import { createProgramme } from "@/lib/programmes/service";
import { draftOrder, signOrder, submitOrderForReview } from "@/lib/orders/service";
import { loadActiveUser } from "@/lib/auth/active-user";
import { authorityProgress, schoolFilterSchema, schoolProgress } from "@/lib/authorities/progress";
import type { AuthorityContext } from "@/lib/authorities/queries";
import { appRoleQuery, ownerQuery } from "./support/db";
import { createSchool, createUser, tenantOf, unique, type MemberFixture, type OrganisationFixture } from "./support/fixtures";

const YEAR = 2025;
const TODAY_AFTER_ALL_DEADLINES = "2099-01-01";

let supervised: { organisation: OrganisationFixture; director: MemberFixture };
let elsewhere: { organisation: OrganisationFixture; director: MemberFixture };
let supervisor: AuthorityContext;
let otherSupervisor: AuthorityContext;
let programmeId: string;

async function authorityWithSupervisor(): Promise<AuthorityContext> {
  const slug = `uo-${unique()}`;
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into authorities (id, slug, name, short_name, level, region) values (gen_random_uuid(), $1, $2, $3, 'MUNICIPAL', 'Самарская область') returning id",
    [slug, `Управление образования ${slug}`, `УО ${slug}`],
  );
  const authorityId = rows[0]?.id ?? "";
  const user = await createUser();
  await ownerQuery("insert into authority_memberships (id, authority_id, user_id) values (gen_random_uuid(), $1, $2)", [authorityId, user.id]);
  const current = await loadActiveUser(user.id);
  if (!current) throw new Error("supervisor is not active");
  return { user: current, authority: { id: authorityId, slug, name: `Управление образования ${slug}`, shortName: `УО ${slug}`, region: "Самарская область" } };
}

async function programmeOf(school: { organisation: OrganisationFixture; director: MemberFixture }): Promise<string> {
  const ctx = await tenantOf(school.director, school.organisation);
  const created = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
    createProgramme(tx, ctx, { title: "Программа наставничества", academicYear: YEAR, templateId: "regulation", menteesPerMentor: 2, maxPairMonths: 12, meetingFrequency: "WEEKLY", forms: ["ученик – ученик::"] }),
  );
  return created.programmeId;
}

beforeAll(async () => {
  supervisor = await authorityWithSupervisor();
  otherSupervisor = await authorityWithSupervisor();
  supervised = await createSchool();
  elsewhere = await createSchool();
  await ownerQuery("update organisations set authority_id = $1 where id = $2", [supervisor.authority.id, supervised.organisation.id]);
  await ownerQuery("update organisations set authority_id = $1 where id = $2", [otherSupervisor.authority.id, elsewhere.organisation.id]);
  programmeId = await programmeOf(supervised);
  await programmeOf(elsewhere);
});

const activityCount = async (where = "true") =>
  Number((await ownerQuery<{ n: string }>(`select count(*) as n from roadmap_activities where programme_id = $1 and ${where}`, [programmeId])).rows[0]?.n);

describe("the supervisor's aggregates are kept by the database", () => {
  it("a programme created from a template is summed up at once, stage by stage", async () => {
    const { programmes } = (await schoolProgress(supervisor, supervised.organisation.slug, YEAR)) ?? { programmes: [] };
    expect(programmes).toHaveLength(1);
    expect(programmes[0]).toMatchObject({ status: "DRAFT", total: await activityCount(), done: 0 });
    expect(programmes[0]?.stages.reduce((sum, stage) => sum + stage.total, 0)).toBe(await activityCount());
  });

  it("marking activities done and cancelling one updates the counts", async () => {
    await ownerQuery(
      `update roadmap_activities set status = 'DONE', completed_on = current_date
        where id in (select id from roadmap_activities where programme_id = $1 order by position limit 3)`,
      [programmeId],
    );
    await ownerQuery(
      "update roadmap_activities set status = 'CANCELLED' where id = (select id from roadmap_activities where programme_id = $1 and status = 'PLANNED' order by position limit 1)",
      [programmeId],
    );
    const { schools } = await authorityProgress(supervisor, schoolFilterSchema.parse({}), YEAR);
    expect(schools[0]?.programme).toMatchObject({ done: 3, total: await activityCount("status <> 'CANCELLED'") });
  });

  it("overdue is counted against today, so yesterday's deadline becomes overdue without any write", async () => {
    const stored = await ownerQuery<{ open_ends: string[] }>("select open_ends::text[] from programme_progress where programme_id = $1", [programmeId]);
    const open = await activityCount("status in ('PLANNED', 'IN_PROGRESS') and ends_on is not null");
    expect(stored.rows[0]?.open_ends).toHaveLength(open);
    const { programmes } = (await schoolProgress(supervisor, supervised.organisation.slug, YEAR)) ?? { programmes: [] };
    const stages = programmes[0]?.stages ?? [];
    expect(stages.reduce((sum, stage) => sum + stage.overdue, 0)).toBe(programmes[0]?.overdue);
    const { stageProgressOf } = await import("@/lib/authorities/progress");
    const allLate = stageProgressOf((await ownerQuery("select stages from programme_progress where programme_id = $1", [programmeId])).rows[0]?.stages, TODAY_AFTER_ALL_DEADLINES);
    expect(allLate.reduce((sum, stage) => sum + stage.overdue, 0)).toBe(open);
  });

  it("the list narrows to schools with overdue items and to schools whose programme is not approved", async () => {
    const overdueNow = (await schoolProgress(supervisor, supervised.organisation.slug, YEAR))?.programmes[0]?.overdue ?? 0;
    const overdue = await authorityProgress(supervisor, schoolFilterSchema.parse({ view: "overdue" }), YEAR);
    expect(overdue.matching).toBe(overdueNow > 0 ? 1 : 0);
    const notApproved = await authorityProgress(supervisor, schoolFilterSchema.parse({ view: "not-approved" }), YEAR);
    expect(notApproved.schools.map((school) => school.slug)).toEqual([supervised.organisation.slug]);
    const none = await authorityProgress(supervisor, schoolFilterSchema.parse({ q: "нет такой школы" }), YEAR);
    expect(none).toMatchObject({ matching: 0, schools: [], summary: { schools: 1, withoutProgramme: 0 } });
  });
});

describe("the programme's state as the authority sees it", () => {
  it("signing the approving order shows the programme approved, by that order's number and date", async () => {
    const ctx = await tenantOf(supervised.director, supervised.organisation);
    const number = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const { orderId } = await draftOrder(tx, ctx, { type: "APPROVE_PROGRAMME", programmeId });
      await submitOrderForReview(tx, ctx, { orderId, approverMembershipIds: [] });
      await signOrder(tx, ctx, { orderId, signedOn: "2025-09-01" });
      return (await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true } })).number;
    });
    const { schools, summary } = await authorityProgress(supervisor, schoolFilterSchema.parse({}), YEAR);
    expect(schools[0]?.programme).toMatchObject({ status: "APPROVED", approvedOrderNumber: number, approvedOn: new Date("2025-09-01T00:00:00Z") });
    expect(summary).toMatchObject({ schools: 1, approved: 1 });
  });
});

describe("who sees the aggregates", () => {
  it("a supervisor sees only the schools of their own authority", async () => {
    const mine = await authorityProgress(supervisor, schoolFilterSchema.parse({}), YEAR);
    expect(mine.schools.map((school) => school.slug)).toEqual([supervised.organisation.slug]);
    expect(await schoolProgress(otherSupervisor, supervised.organisation.slug, YEAR)).toBeNull();
    const foreign = await appRoleQuery("select 1 from programme_progress where organisation_id = $1", [supervised.organisation.id], { "app.user_id": otherSupervisor.user.id });
    expect(foreign.rows).toHaveLength(0);
  });

  it("the application role cannot write them, not even for its own school", async () => {
    const ownSchool = { "app.organisation_id": supervised.organisation.id, "app.user_id": supervised.director.id };
    await expect(appRoleQuery("update programme_progress set activities_done = 0", [], ownSchool)).rejects.toThrow(/permission denied/);
    await expect(appRoleQuery("delete from programme_progress", [], ownSchool)).rejects.toThrow(/permission denied/);
  });
});
