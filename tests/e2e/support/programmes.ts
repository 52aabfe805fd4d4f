import type { OrderType } from "@/lib/generated/prisma/enums";
import { inScope, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { createProgramme } from "@/lib/programmes/service";
import { addActivity } from "@/lib/roadmap/service";
import { draftOrder, setNumberingPattern, signOrder, submitOrderForReview } from "@/lib/orders/service";
import type { FreshPerson, FreshTenant, OwnerDatabase } from "./database";

/**
 * Programmes, roadmap activities and orders made for a fresh tenant through the app's own
 * services (as the member would through the UI), for journeys that need them as a starting
 * point rather than as the thing under test.
 */

/** The context the app would resolve for `person` in `tenant` (no request, so no address). */
export function memberContext<K extends string>(tenant: FreshTenant<K>, person: FreshPerson): TenantContext {
  return {
    user: { id: person.userId, email: person.email, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName, isPlatformAdmin: false },
    organisation: { id: tenant.id, slug: tenant.slug, shortName: tenant.shortName, fullName: `Муниципальное общеобразовательное учреждение «${tenant.shortName}»`, timeZone: "Europe/Samara" },
    membership: { id: person.membershipId, roles: person.roles, className: null, classesLed: [] },
    ipAddress: null,
  };
}

/** Runs `work` in one transaction as `ctx`, as an action of the app would. */
export function asMember<T>(database: OwnerDatabase, ctx: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope({ organisationId: ctx.organisation.id, userId: ctx.user.id }, work, database.client);
}

export const LYCEUM_TEMPLATE_ID = "lyceum";

/** The title /programmes/new proposes for a year: «Программа наставничества на 2025/2026 учебный год». */
export function defaultProgrammeTitle(academicYear: number): string {
  return `Программа наставничества на ${academicYear}/${academicYear + 1} учебный год`;
}

/** A draft programme with its roadmap from a template (the lyceum's by default). */
export async function createProgrammeFor(
  database: OwnerDatabase,
  ctx: TenantContext,
  options: { academicYear: number; templateId?: string; title?: string },
): Promise<string> {
  const { programmeId } = await asMember(database, ctx, (tx) =>
    createProgramme(tx, ctx, {
      title: options.title ?? defaultProgrammeTitle(options.academicYear),
      academicYear: options.academicYear,
      templateId: options.templateId ?? LYCEUM_TEMPLATE_ID,
      curatorMembershipId: ctx.membership.id,
      menteesPerMentor: 2,
      maxPairMonths: 12,
      meetingFrequency: "WEEKLY",
      forms: ["ученик – ученик::успевающий – неуспевающий"],
    }),
  );
  return programmeId;
}

/** Adds an activity at the end of the stage at `stageIndex` (0-based) of a programme. */
export async function addActivityFor(
  database: OwnerDatabase,
  ctx: TenantContext,
  programmeId: string,
  activity: { stageIndex: number; title: string; periodText: string; responsibleRoles?: TenantContext["membership"]["roles"] },
): Promise<void> {
  await asMember(database, ctx, async (tx) => {
    const stages = await tx.roadmapStage.findMany({ where: { programmeId }, orderBy: { position: "asc" }, select: { id: true } });
    const stage = stages[activity.stageIndex];
    if (!stage) throw new Error(`The programme has no stage ${activity.stageIndex}`);
    await addActivity(tx, ctx, {
      stageId: stage.id,
      title: activity.title,
      periodText: activity.periodText,
      responsibleText: "Куратор",
      responsibleRoles: activity.responsibleRoles ?? ["CURATOR"],
      responsibleMembershipIds: [],
    });
  });
}

/** The id of a programme's activity by its exact title. */
export async function activityIdOf(database: OwnerDatabase, ctx: TenantContext, programmeId: string, title: string): Promise<string> {
  const activity = await asMember(database, ctx, (tx) => tx.roadmapActivity.findFirstOrThrow({ where: { programmeId, title }, select: { id: true } }));
  return activity.id;
}

/** The organisation's order-number pattern, as the director sets it on /orders. */
export async function setNumbering(database: OwnerDatabase, director: TenantContext, pattern: string): Promise<void> {
  await asMember(database, director, (tx) => setNumberingPattern(tx, director, pattern));
}

/** An order drafted by `drafter` and sent for review with `approvers` (membership ids) on the approval sheet. */
export async function orderInReview(
  database: OwnerDatabase,
  drafter: TenantContext,
  order: { type: OrderType; programmeId?: string; approvers?: string[] },
): Promise<string> {
  return asMember(database, drafter, async (tx) => {
    const { orderId } = await draftOrder(tx, drafter, { type: order.type, programmeId: order.programmeId });
    await submitOrderForReview(tx, drafter, { orderId, approverMembershipIds: order.approvers ?? [] });
    return orderId;
  });
}

/**
 * An order drafted by `drafter`, sent for review with nobody on the approval sheet and signed
 * by `director` on `signedOn` (ISO date; today when omitted). Returns its id and number.
 */
export async function signedOrder(
  database: OwnerDatabase,
  people: { drafter: TenantContext; director: TenantContext },
  order: { type: OrderType; programmeId?: string; signedOn?: string },
): Promise<{ orderId: string; number: string }> {
  const { drafter, director } = people;
  const orderId = await orderInReview(database, drafter, order);
  const { number } = await asMember(database, director, (tx) => signOrder(tx, director, { orderId, signedOn: order.signedOn }));
  return { orderId, number };
}
