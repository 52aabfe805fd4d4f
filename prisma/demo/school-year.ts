import type { OrderType, OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext, TenantOrganisation } from "@/lib/tenancy/context";
import { academicYearLabel, formatCalendarDate, isoDay } from "@/lib/dates/calendar-date";
import { completeProgramme, createProgramme } from "@/lib/programmes/service";
import { addActivity, addComment, addEvidence, attachEvidenceFile, setActivityStatus, updateActivity } from "@/lib/roadmap/service";
import { agreeOrder, draftOrder, setNumberingPattern, signOrder, submitOrderForReview } from "@/lib/orders/service";
import { attachOrderScan } from "@/lib/orders/documents/scan-record";
import { storeFile } from "@/lib/files/upload";
import { completedBy, demoCalendar, stateByPeriod, type DemoCalendar, type DemoSchoolYear } from "@/prisma/demo/plan";
import { demoPdf } from "@/prisma/demo/pdf";

/**
 * One demo school's year, built through the application's own services as its people would
 * have done it — so the roadmap, the orders' journal and the audit log are what the app makes.
 */

type Staff = "director" | "curator" | "teacher" | "mentor";
type Contexts = Record<Staff, TenantContext> & { psychologist?: TenantContext };

const ROLE_OF: Record<Staff | "psychologist", OrganisationRole> = {
  director: "DIRECTOR",
  curator: "CURATOR",
  teacher: "CLASS_TEACHER",
  mentor: "MENTOR",
  psychologist: "PSYCHOLOGIST",
};

async function contexts(tx: Tx, organisation: TenantOrganisation): Promise<Contexts> {
  const members = await tx.membership.findMany({
    where: { organisationId: organisation.id, disabledAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, roles: true, className: true, classesLed: true, user: { select: { id: true, email: true, lastName: true, firstName: true, middleName: true } } },
  });
  const context = (role: OrganisationRole): TenantContext | undefined => {
    const member = members.find((candidate) => candidate.roles.includes(role));
    if (!member) return undefined;
    const { user, ...membership } = member;
    return { user: { ...user, isPlatformAdmin: false }, organisation, membership, ipAddress: null };
  };
  const required = (role: OrganisationRole) => {
    const found = context(role);
    if (!found) throw new Error(`The demo school ${organisation.slug} has nobody with the role ${role}`);
    return found;
  };
  return {
    director: required(ROLE_OF.director),
    curator: required(ROLE_OF.curator),
    teacher: required(ROLE_OF.teacher),
    mentor: required(ROLE_OF.mentor),
    psychologist: context(ROLE_OF.psychologist),
  };
}

/** A PDF made in code, stored as an upload would store it. */
async function storePdf(tx: Tx, ctx: TenantContext, name: string, lines: string[]) {
  const file = new File([demoPdf(lines)], name, { type: "application/pdf" });
  return { ...(await storeFile(tx, ctx, file)), size: file.size };
}

/** Drafted by `drafter`, sent to the approval sheet; `agreed` of `approvers` have agreed. */
async function orderOnSheet(tx: Tx, drafter: TenantContext, input: { type: OrderType; programmeId?: string; approvers: TenantContext[]; agreed: TenantContext[] }): Promise<string> {
  const { orderId } = await draftOrder(tx, drafter, { type: input.type, programmeId: input.programmeId });
  await submitOrderForReview(tx, drafter, { orderId, approverMembershipIds: input.approvers.map((approver) => approver.membership.id) });
  for (const approver of input.agreed) await agreeOrder(tx, approver, orderId);
  return orderId;
}

async function approvedProgramme(tx: Tx, people: Contexts, year: DemoSchoolYear, academicYear: number, signedOn: string) {
  const { curator, director } = people;
  const { programmeId } = await createProgramme(tx, curator, {
    title: `Программа наставничества на ${academicYearLabel(academicYear)} учебный год`,
    academicYear,
    templateId: year.templateId,
    curatorMembershipId: curator.membership.id,
    menteesPerMentor: 2,
    maxPairMonths: 9,
    meetingFrequency: "WEEKLY",
    forms: year.forms,
  });
  const approve = async () => {
    const orderId = await orderOnSheet(tx, curator, { type: "APPROVE_PROGRAMME", programmeId, approvers: [], agreed: [] });
    const { number } = await signOrder(tx, director, { orderId, signedOn });
    return { orderId, number };
  };
  return { programmeId, approve };
}

const activitiesOf = (tx: Tx, programmeId: string) =>
  tx.roadmapActivity.findMany({
    where: { programmeId },
    orderBy: [{ stage: { position: "asc" } }, { position: "asc" }],
    select: { id: true, stageId: true, title: true, description: true, expectedResult: true, periodText: true, startsOn: true, endsOn: true, responsibleText: true, responsibleRoles: true, responsibleMembershipIds: true, version: true },
  });

/** Last year: approved by order at the end of August, every activity done, the programme completed. */
async function lastYear(tx: Tx, people: Contexts, year: DemoSchoolYear, calendar: DemoCalendar): Promise<void> {
  const academicYear = calendar.year - 1;
  const { programmeId, approve } = await approvedProgramme(tx, people, year, academicYear, calendar.lastYearApprovedOn);
  await approve();
  const yearEnd = `${academicYear + 1}-05-31`;
  for (const activity of await activitiesOf(tx, programmeId)) {
    const endsOn = activity.endsOn ? isoDay(activity.endsOn) : yearEnd;
    await setActivityStatus(tx, people.curator, { activityId: activity.id, status: "DONE", completedOn: completedBy(endsOn < yearEnd ? endsOn : yearEnd, calendar.today) });
  }
  await completeProgramme(tx, people.director, programmeId);
}

/** This year: the roadmap under way, approved by a signed order with its scan; two orders further on in the journal. */
async function thisYear(tx: Tx, people: Contexts, year: DemoSchoolYear, calendar: DemoCalendar, website: string | undefined): Promise<void> {
  const { curator, director, teacher, mentor } = people;
  const { programmeId, approve } = await approvedProgramme(tx, people, year, calendar.year, calendar.approvedOn);

  // The curator adds the school's own activities and rewrites a few periods before the approval.
  const stages = await tx.roadmapStage.findMany({ where: { programmeId }, orderBy: { position: "asc" }, select: { id: true, title: true } });
  for (const added of calendar.added) {
    const stage = stages.find((candidate) => added.stage.test(candidate.title)) ?? stages.at(-2) ?? stages[0];
    if (!stage) throw new Error("a demo roadmap without stages");
    await addActivity(tx, curator, { stageId: stage.id, ...added, responsibleMembershipIds: [] });
  }
  const activities = (await activitiesOf(tx, programmeId)).filter((activity) => !calendar.added.some((added) => added.title === activity.title));
  const byPeriod = activities.map((activity, index) => ({
    activity,
    state: stateByPeriod({ startsOn: activity.startsOn && isoDay(activity.startsOn), endsOn: activity.endsOn && isoDay(activity.endsOn) }, calendar.today, index),
  }));
  const past = byPeriod.flatMap(({ activity, state }) => (state?.status === "DONE" ? [{ ...activity, completedOn: state.completedOn }] : []));
  const open = byPeriod.flatMap(({ activity, state }) => (state ? [] : [activity]));
  const slotted = calendar.slots.flatMap((slot, index) => {
    const activity = open[index];
    return activity ? [{ slot, activity }] : [];
  });
  for (const { slot, activity } of slotted) {
    const { id, description, expectedResult, ...fields } = activity;
    await updateActivity(tx, curator, { ...fields, activityId: id, description: description ?? undefined, expectedResult: expectedResult ?? undefined, periodText: slot.periodText });
  }

  const approval = await approve();
  const scanName = `Приказ № ${approval.number} от ${formatCalendarDate(calendar.approvedOn)}.pdf`;
  const scan = await storePdf(tx, curator, scanName, [`Order No. ${approval.number}`, `Signed ${calendar.approvedOn}`, "Scan of the paper original"]);
  await attachOrderScan(tx, curator, approval.orderId, scan);

  for (const { activity, state } of byPeriod) {
    if (state) {
      await setActivityStatus(tx, curator, { activityId: activity.id, status: state.status, completedOn: state.status === "DONE" ? state.completedOn : undefined });
    }
  }
  for (const { slot, activity } of slotted) {
    if (slot.status !== "PLANNED") await setActivityStatus(tx, curator, { activityId: activity.id, status: slot.status, completedOn: slot.completedOn });
    if (slot.comment) await addComment(tx, curator, { activityId: activity.id, text: slot.comment });
  }
  for (const added of calendar.added) {
    const activity = await tx.roadmapActivity.findFirstOrThrow({ where: { programmeId, title: added.title }, select: { id: true } });
    const worker = added.responsibleRoles.includes("MENTOR") ? mentor : teacher;
    if (added.status !== "PLANNED") await setActivityStatus(tx, worker, { activityId: activity.id, status: added.status });
    if (added.comment) await addComment(tx, worker, { activityId: activity.id, text: added.comment });
  }

  // Evidence on what is done: the approving order, the site's page, a protocol.
  const done = [...past, ...slotted.filter(({ slot }) => slot.status === "DONE").map(({ activity }) => activity)];
  const evidenceOn = (index: number) => done[Math.min(index, done.length - 1)];
  const orderActivity = past.find((activity) => /приказ/i.test(activity.title)) ?? evidenceOn(0);
  if (orderActivity) await addEvidence(tx, curator, { activityId: orderActivity.id, orderId: approval.orderId });
  const linkActivity = evidenceOn(1);
  if (linkActivity) {
    await addEvidence(tx, curator, { activityId: linkActivity.id, url: `${website ?? "https://school.example.ru"}/nastavnichestvo`, title: "Раздел «Наставничество» на сайте школы" });
    await addComment(tx, director, { activityId: linkActivity.id, text: "Раздел на сайте проверен: всё на месте." });
  }
  const protocolActivity = evidenceOn(2);
  if (protocolActivity) {
    const protocol = await storePdf(tx, curator, "Протокол заседания педагогического совета.pdf", ["Minutes of the pedagogical council", `Dated ${calendar.approvedOn}`]);
    await attachEvidenceFile(tx, curator, protocolActivity, protocol, "Протокол заседания педагогического совета");
  }

  // Further on in the journal: mentors to appoint (agreed, waiting for the director's signature), pairs on the approval sheet.
  const agreeing = people.psychologist ?? teacher;
  await orderOnSheet(tx, curator, { type: "APPOINT_MENTORS", programmeId, approvers: [agreeing], agreed: [agreeing] });
  await orderOnSheet(tx, director, { type: "FIX_PAIRS", programmeId, approvers: [curator, teacher], agreed: [] });
}

/** Seeds the school's two years unless it already has a programme (the seed is idempotent). Returns whether it did. */
export async function seedSchoolYears(tx: Tx, organisation: TenantOrganisation & { website?: string | null }, year: DemoSchoolYear, today: string): Promise<boolean> {
  if (await tx.programme.findFirst({ where: { organisationId: organisation.id }, select: { id: true } })) return false;
  const people = await contexts(tx, organisation);
  const calendar = demoCalendar(today);
  await lastYear(tx, people, year, calendar);
  await setNumberingPattern(tx, people.director, year.numberPattern);
  await thisYear(tx, people, year, calendar, organisation.website ?? undefined);
  return true;
}
