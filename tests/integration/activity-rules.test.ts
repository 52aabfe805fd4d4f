import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction, registeredActions, type TenantActionDefinition } from "@/lib/actions/define";
import type { CurrentUser } from "@/lib/auth/current-user";
import { inTenant } from "@/lib/db/scope";
import { resolveTenant } from "@/lib/tenancy/context";
import { createProgramme } from "@/lib/programmes/service";
import { ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

const SLUG = "lyceum-17";
let curator: CurrentUser;
let mentor: CurrentUser;
let teacher: CurrentUser;
let programmeId: string;
/** An activity of the curator and the director alone: school-wide, not a mentor's or a class teacher's. */
let schoolWide: string;
/** An activity that names mentors. */
let mentors: string;

function action(name: string): TenantActionDefinition<never, unknown> {
  const found = registeredActions().find((definition) => definition.name === name);
  if (found?.kind !== "tenant") throw new Error(`no tenant action ${name}`);
  return found as TenantActionDefinition<never, unknown>;
}

const replay = (actor: CurrentUser, name: string, input: Record<string, unknown>) => executeTenantAction(action(name), actor, SLUG, input, null);

async function activityRow(id: string) {
  const { rows } = await ownerQuery<{ status: string; version: number; comments: string; evidence: string }>(
    `select a.status, a.version, (select count(*) from activity_comments c where c.activity_id = a.id) as comments,
       (select count(*) from activity_evidence e where e.activity_id = a.id) as evidence
     from roadmap_activities a where a.id = $1`,
    [id],
  );
  if (!rows[0]) throw new Error(`no activity ${id}`);
  return rows[0];
}

beforeAll(async () => {
  await seedDemo();
  await import("@/lib/roadmap/actions");
  curator = await userByEmail("lyceum.curator@tandem.demo");
  mentor = await userByEmail("lyceum.mentor@tandem.demo");
  teacher = await userByEmail("lyceum.teacher@tandem.demo");
  const ctx = await resolveTenant(curator, SLUG, null);
  if (!ctx) throw new Error("curator");
  programmeId = (
    await inTenant({ organisationId: ctx.organisation.id, userId: curator.id }, (tx) =>
      createProgramme(tx, ctx, { title: "Программа", academicYear: 2025, templateId: "regulation", menteesPerMentor: 2, maxPairMonths: 12, meetingFrequency: "WEEKLY", forms: ["ученик – ученик::"] }),
    )
  ).programmeId;
  const pick = async (where: string) => {
    const { rows } = await ownerQuery<{ id: string }>(`select id from roadmap_activities where programme_id = $1 and ${where} order by stage_id, position limit 1`, [programmeId]);
    if (!rows[0]) throw new Error(`no activity where ${where}`);
    return rows[0].id;
  };
  schoolWide = await pick("responsible_roles <@ array['CURATOR','DIRECTOR']::\"OrganisationRole\"[] and cardinality(responsible_membership_ids) = 0");
  mentors = await pick("'MENTOR' = any(responsible_roles)");
});

describe("rules the page hides are also refused by the server", () => {
  it("a mentor replaying «выполнено» on a school-wide activity is refused and nothing changes", async () => {
    const before = await activityRow(schoolWide);
    const result = await replay(mentor, "roadmap.setStatus", { activityId: schoolWide, status: "DONE" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await activityRow(schoolWide)).toEqual(before);
  });

  it("a mentor and a class teacher cannot comment on an activity they are not responsible for", async () => {
    for (const actor of [mentor, teacher]) {
      const result = await replay(actor, "roadmap.addComment", { activityId: schoolWide, text: "Сделано" });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await activityRow(schoolWide)).comments).toBe("0");
  });

  it("a mentor and a class teacher cannot add evidence to it either", async () => {
    for (const actor of [mentor, teacher]) {
      const result = await replay(actor, "roadmap.addEvidence", { activityId: schoolWide, url: "https://school.ru/docs/1" });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await activityRow(schoolWide)).evidence).toBe("0");
  });

  it("the same person works on their own activity, and the curator on any", async () => {
    expect(await replay(mentor, "roadmap.addComment", { activityId: mentors, text: "Встреча проведена" })).toMatchObject({ ok: true });
    expect(await replay(mentor, "roadmap.setStatus", { activityId: mentors, status: "DONE", completedOn: "2025-10-01" })).toMatchObject({ ok: true });
    expect(await replay(curator, "roadmap.addComment", { activityId: schoolWide, text: "Принято" })).toMatchObject({ ok: true });
  });
});

describe("stale edits are a conflict, not a refusal", () => {
  it("two edits of an activity from the same version: the second one gets «conflict»", async () => {
    const { rows } = await ownerQuery<{ stage_id: string; version: number }>("select stage_id, version from roadmap_activities where id = $1", [schoolWide]);
    const edit = (title: string) =>
      replay(curator, "roadmap.updateActivity", { activityId: schoolWide, version: String(rows[0]?.version), stageId: rows[0]?.stage_id, title, periodText: "сентябрь 2025" });
    expect(await edit("Первая правка")).toMatchObject({ ok: true });
    const second = await edit("Вторая правка");
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    const { rows: after } = await ownerQuery<{ title: string }>("select title from roadmap_activities where id = $1", [schoolWide]);
    expect(after[0]?.title).toBe("Первая правка");
  });
});

describe("the activity's page", () => {
  it("lists the comments in the order written, each with its author's full name", async () => {
    expect(await replay(curator, "roadmap.addComment", { activityId: mentors, text: "Первый комментарий" })).toMatchObject({ ok: true });
    expect(await replay(mentor, "roadmap.addComment", { activityId: mentors, text: "Ответ наставника" })).toMatchObject({ ok: true });
    const ctx = await resolveTenant(curator, SLUG, null);
    if (!ctx) throw new Error("curator");
    const { getActivityPage } = await import("@/lib/roadmap/activity-queries");
    const page = await getActivityPage(ctx, programmeId, mentors);
    const names = await Promise.all([curator, mentor].map((user) => ownerQuery<{ name: string }>("select concat_ws(' ', last_name, first_name, middle_name) as name from users where id = $1", [user.id])));
    expect(page?.activity.comments.slice(-2).map((comment) => [comment.text, comment.author])).toEqual([
      ["Первый комментарий", names[0]?.rows[0]?.name],
      ["Ответ наставника", names[1]?.rows[0]?.name],
    ]);
  });
});
