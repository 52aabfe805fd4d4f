import { beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { inTenant, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { todayIn } from "@/lib/i18n/format";
import { academicYearStartOf, addDays, formatCalendarDate } from "@/lib/dates/calendar-date";
import { createProgramme } from "@/lib/programmes/service";
import { addActivity } from "@/lib/roadmap/service";
import { agreeOrder, draftOrder, signOrder, submitOrderForReview } from "@/lib/orders/service";
import { getHome } from "@/lib/home/queries";
import { HOME_LIST_SIZE } from "@/lib/home/sections";
import { addGuardianship, addMember, createSchool, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";

/** The home page's queries on a school of their own: what each role sees «today», capped, of this year's programme only. */

let school: OrganisationFixture;
let today: string;
let year: number;
const people = {} as Record<"director" | "curator" | "teacher" | "mentor" | "mentee" | "parent", TenantContext>;

const as = <T>(ctx: TenantContext, work: (tx: Tx) => Promise<T>) => inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, work);
const day = (offset: number) => formatCalendarDate(addDays(today, offset));

async function programme(ctx: TenantContext, academicYear: number, activities: { title: string; period: string; roles: OrganisationRole[] }[]): Promise<string> {
  return as(ctx, async (tx) => {
    const { programmeId } = await createProgramme(tx, ctx, {
      title: `Программа ${academicYear}`,
      academicYear,
      templateId: "regulation",
      menteesPerMentor: 2,
      maxPairMonths: 12,
      meetingFrequency: "WEEKLY",
      forms: ["ученик – ученик::"],
    });
    // Only the activities given here: the template's are moved to the far end of the year.
    await tx.roadmapActivity.updateMany({ where: { programmeId }, data: { status: "CANCELLED" } });
    const stage = await tx.roadmapStage.findFirstOrThrow({ where: { programmeId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const activity of activities) {
      await addActivity(tx, ctx, { stageId: stage.id, title: activity.title, periodText: activity.period, responsibleText: "—", responsibleRoles: activity.roles, responsibleMembershipIds: [] });
    }
    return programmeId;
  });
}

async function approve(programmeId: string): Promise<void> {
  const orderId = await as(people.curator, async (tx) => {
    const { orderId } = await draftOrder(tx, people.curator, { type: "APPROVE_PROGRAMME", programmeId });
    await submitOrderForReview(tx, people.curator, { orderId, approverMembershipIds: [] });
    return orderId;
  });
  await as(people.director, (tx) => signOrder(tx, people.director, { orderId }));
}

beforeAll(async () => {
  const created = await createSchool();
  school = created.organisation;
  today = todayIn(school.timeZone);
  year = academicYearStartOf(today);
  const member = (roles: OrganisationRole[], lastName: string) => addMember(school, { roles, lastName });
  const fixtures: Record<keyof typeof people, MemberFixture> = {
    director: created.director,
    curator: await member(["CURATOR"], "Кураторова"),
    teacher: await member(["CLASS_TEACHER"], "Учителева"),
    mentor: await member(["MENTOR"], "Наставникова"),
    mentee: await member(["MENTEE"], "Ученикова"),
    parent: await member(["PARENT"], "Родителева"),
  };
  await addGuardianship(fixtures.parent, fixtures.mentee);
  for (const key of Object.keys(fixtures) as (keyof typeof people)[]) people[key] = await tenantOf(fixtures[key], school);
});

describe("before this year's programme exists", () => {
  it("tells the curator and director there is none, and lists nothing of last year's", async () => {
    const lastYear = await programme(people.curator, year - 1, [{ title: "Прошлогоднее", period: `до ${formatCalendarDate(`${year}-05-20`)}`, roles: ["CURATOR", "MENTOR"] }]);
    await approve(lastYear);
    for (const ctx of [people.curator, people.director]) {
      const home = await getHome(ctx, today);
      expect(home.programme).toBeNull();
      expect(home.deadlines).toBeUndefined();
      expect(home.sections).toContain("deadlines");
    }
    expect((await getHome(people.mentor, today)).myTasks).toBeUndefined();
  });
});

describe("this year's programme under way", () => {
  let current: string;
  beforeAll(async () => {
    const overdue = Array.from({ length: HOME_LIST_SIZE + 3 }, (_, index) => ({ title: `Просрочено ${index + 1}`, period: `до ${day(-1 - index)}`, roles: ["CURATOR"] as OrganisationRole[] }));
    current = await programme(people.curator, year, [
      ...overdue,
      { title: "Отчёт наставника", period: `до ${day(3)}`, roles: ["MENTOR"] },
      { title: "Согласия родителей", period: `до ${day(-2)}`, roles: ["CLASS_TEACHER"] },
      { title: "Позже", period: `до ${day(40)}`, roles: ["MENTOR", "CURATOR"] },
    ]);
    await approve(current);
  });

  it("gives the curator a count and the first few overdue, soonest deadline first, and this week's", async () => {
    const home = await getHome(people.curator, today);
    expect(home.programme).toMatchObject({ id: current, status: "APPROVED", total: HOME_LIST_SIZE + 6 });
    expect(home.deadlines?.overdue.count).toBe(HOME_LIST_SIZE + 4);
    expect(home.deadlines?.overdue.first).toHaveLength(HOME_LIST_SIZE);
    expect(home.deadlines?.overdue.first[0]?.title).toBe(`Просрочено ${HOME_LIST_SIZE + 3}`);
    expect(home.deadlines?.thisWeek.first.map((task) => task.title)).toEqual(["Отчёт наставника"]);
  });

  it("gives a mentor only the activities of mentors, with their counts", async () => {
    const home = await getHome(people.mentor, today);
    expect(home.sections).toEqual(["myTasks"]);
    expect(home.myTasks?.first.map((task) => task.title)).toEqual(["Отчёт наставника", "Позже"]);
    expect(home.myTasks).toMatchObject({ count: 2, overdue: 0, thisWeek: 1 });
  });

  it("gives a class teacher their overdue task and the year's signed orders to read", async () => {
    const home = await getHome(people.teacher, today);
    expect(home.myTasks).toMatchObject({ count: 1, overdue: 1 });
    // Both approvals were signed today, in this academic year.
    expect(home.documents?.first.map((order) => order.type)).toEqual(["APPROVE_PROGRAMME", "APPROVE_PROGRAMME"]);
    expect(home.documents?.count).toBe(2);
  });

  it("shows a parent the child and whom to ask; a mentee whom to ask", async () => {
    const parent = await getHome(people.parent, today);
    expect(parent.sections).toEqual(["children", "contact"]);
    expect(parent.children?.map((child) => child.name)).toEqual(["Ученикова Мария"]);
    expect(parent.programme?.curatorName).toBeNull();
    expect((await getHome(people.mentee, today)).sections).toEqual(["contact"]);
  });
});

describe("orders waiting for someone", () => {
  it("puts an agreed order before the director and a pending one before its approver only", async () => {
    const [agreed, pending] = await as(people.curator, async (tx) => {
      const first = await draftOrder(tx, people.curator, { type: "APPOINT_MENTORS" });
      await submitOrderForReview(tx, people.curator, { orderId: first.orderId, approverMembershipIds: [people.teacher.membership.id] });
      const second = await draftOrder(tx, people.curator, { type: "FIX_PAIRS" });
      await submitOrderForReview(tx, people.curator, { orderId: second.orderId, approverMembershipIds: [people.teacher.membership.id, people.curator.membership.id] });
      return [first.orderId, second.orderId];
    });
    await as(people.teacher, (tx) => agreeOrder(tx, people.teacher, agreed));
    const director = await getHome(people.director, today);
    expect(director.toSign?.first.map((order) => order.id)).toEqual([agreed]);
    expect(director.toAgree?.count).toBe(0);
    const teacher = await getHome(people.teacher, today);
    expect(teacher.toAgree?.first.map((order) => order.id)).toEqual([pending]);
    const curator = await getHome(people.curator, today);
    expect(curator.toAgree?.first.map((order) => order.id)).toEqual([pending]);
    expect(curator.toAgree?.first[0]?.pending.sort()).toEqual(["Кураторова Мария", "Учителева Мария"]);
    expect(curator.toSign).toBeUndefined();
  });
});

describe("programmes that lack something", () => {
  it("lists a draft without a curator for the curator, and only what lacks something", async () => {
    const draft = await as(people.curator, (tx) =>
      createProgramme(tx, people.curator, { title: "Черновик", academicYear: year + 1, templateId: "regulation", menteesPerMentor: 2, maxPairMonths: 12, meetingFrequency: "WEEKLY", forms: ["ученик – ученик::"] }),
    );
    const home = await getHome(people.curator, today);
    expect(home.attention?.first).toContainEqual({ id: draft.programmeId, title: "Черновик", academicYear: year + 1, noCurator: true, notApproved: true });
    expect(home.attention?.first.every((need) => need.noCurator || need.notApproved)).toBe(true);
  });
});
