import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus, OrganisationRole, PeriodKind } from "@/lib/generated/prisma/enums";
import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";
import { isoDay } from "@/lib/dates/calendar-date";

const scope = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });
const iso = (date: Date | null) => (date ? isoDay(date) : null);

export type RoadmapActivityView = {
  id: string;
  stageId: string;
  position: number;
  title: string;
  description: string | null;
  expectedResult: string | null;
  periodText: string;
  periodKind: PeriodKind;
  startsOn: string | null;
  endsOn: string | null;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  responsibleMembershipIds: string[];
  responsibleNames: string[];
  status: ActivityStatus;
  completedOn: string | null;
  version: number;
  evidence: { id: string; title: string; url: string | null; orderId: string | null }[];
  commentCount: number;
};

export type RoadmapView = {
  programme: {
    id: string;
    title: string;
    academicYear: number;
    status: "DRAFT" | "APPROVED" | "COMPLETED";
    startsOn: string;
    endsOn: string;
    menteesPerMentor: number;
    maxPairMonths: number;
    meetingFrequency: "WEEKLY" | "BIWEEKLY" | "MONTHLY";
    curatorMembershipId: string | null;
    curatorName: string | null;
    forms: { title: string; roleModels: string[] }[];
    approvedBy: { id: string; number: string | null; signedOn: string | null } | null;
  };
  stages: { id: string; title: string; position: number; activities: RoadmapActivityView[] }[];
};

const ACTIVITY_FIELDS = {
  id: true,
  stageId: true,
  position: true,
  title: true,
  description: true,
  expectedResult: true,
  periodText: true,
  periodKind: true,
  startsOn: true,
  endsOn: true,
  responsibleText: true,
  responsibleRoles: true,
  responsibleMembershipIds: true,
  status: true,
  completedOn: true,
  version: true,
} satisfies Prisma.RoadmapActivitySelect;

/**
 * The whole roadmap of a programme in six queries, whatever the number of its activities
 * (a benchmark holds it to that: see README).
 */
export async function getRoadmap(ctx: TenantContext, programmeId: string): Promise<RoadmapView | null> {
  return inTenant(scope(ctx), async (tx) => {
    const where = { organisationId: ctx.organisation.id, programmeId };
    const programme = await tx.programme.findFirst({
      where: { id: programmeId, organisationId: ctx.organisation.id },
      include: { forms: { select: { title: true, roleModels: true }, orderBy: { title: "asc" } } },
    });
    if (!programme) return null;
    const stages = await tx.roadmapStage.findMany({ where, orderBy: { position: "asc" }, select: { id: true, title: true, position: true } });
    const activities = await tx.roadmapActivity.findMany({ where, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: ACTIVITY_FIELDS });
    const evidence = await tx.activityEvidence.findMany({
      where: { organisationId: ctx.organisation.id, activity: { programmeId } },
      orderBy: { createdAt: "asc" },
      select: { id: true, activityId: true, title: true, url: true, orderId: true },
    });
    const comments = await tx.activityComment.groupBy({ by: ["activityId"], where: { organisationId: ctx.organisation.id, activity: { programmeId } }, _count: { _all: true } });
    const memberIds = [...new Set([...activities.flatMap((a) => a.responsibleMembershipIds), ...(programme.curatorMembershipId ? [programme.curatorMembershipId] : [])])];
    const members = await tx.membership.findMany({
      where: { organisationId: ctx.organisation.id, id: { in: memberIds } },
      select: { id: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
    });
    const approvingOrder = programme.approvedByOrderId
      ? await tx.order.findFirst({ where: { id: programme.approvedByOrderId, organisationId: ctx.organisation.id }, select: { id: true, number: true, signedOn: true } })
      : null;
    const nameOf = new Map(members.map((member) => [member.id, fullName(member.user)]));
    const commentsOf = new Map(comments.map((c) => [c.activityId, c._count._all]));
    const evidenceOf = new Map<string, RoadmapActivityView["evidence"]>();
    for (const { activityId, ...item } of evidence) evidenceOf.set(activityId, [...(evidenceOf.get(activityId) ?? []), item]);
    const views: RoadmapActivityView[] = activities.map((activity) => ({
      id: activity.id,
      stageId: activity.stageId,
      position: activity.position,
      title: activity.title,
      description: activity.description,
      expectedResult: activity.expectedResult,
      periodText: activity.periodText,
      periodKind: activity.periodKind,
      startsOn: iso(activity.startsOn),
      endsOn: iso(activity.endsOn),
      responsibleText: activity.responsibleText,
      responsibleRoles: activity.responsibleRoles,
      responsibleMembershipIds: activity.responsibleMembershipIds,
      responsibleNames: activity.responsibleMembershipIds.map((id) => nameOf.get(id)).filter((name): name is string => Boolean(name)),
      status: activity.status,
      completedOn: iso(activity.completedOn),
      version: activity.version,
      evidence: evidenceOf.get(activity.id) ?? [],
      commentCount: commentsOf.get(activity.id) ?? 0,
    }));
    return {
      programme: {
        id: programme.id,
        title: programme.title,
        academicYear: programme.academicYear,
        status: programme.status,
        startsOn: iso(programme.startsOn) ?? "",
        endsOn: iso(programme.endsOn) ?? "",
        menteesPerMentor: programme.menteesPerMentor,
        maxPairMonths: programme.maxPairMonths,
        meetingFrequency: programme.meetingFrequency,
        curatorMembershipId: programme.curatorMembershipId,
        curatorName: programme.curatorMembershipId ? (nameOf.get(programme.curatorMembershipId) ?? null) : null,
        forms: programme.forms,
        approvedBy: approvingOrder ? { id: approvingOrder.id, number: approvingOrder.number, signedOn: iso(approvingOrder.signedOn) } : null,
      },
      stages: stages.map((stage) => ({ ...stage, activities: views.filter((activity) => activity.stageId === stage.id) })),
    };
  });
}

export type TaskView = { id: string; programmeId: string; programmeTitle: string; title: string; periodText: string; endsOn: string | null; startsOn: string | null; status: ActivityStatus };

/** Open activities of running programmes matching `where`, soonest deadline first. */
async function openActivities(ctx: TenantContext, where: Prisma.RoadmapActivityWhereInput, limit: number): Promise<TaskView[]> {
  return inTenant(scope(ctx), async (tx) => {
    const activities = await tx.roadmapActivity.findMany({
      where: { organisationId: ctx.organisation.id, status: { in: ["PLANNED", "IN_PROGRESS"] }, programme: { status: { not: "COMPLETED" } }, ...where },
      orderBy: [{ endsOn: { sort: "asc", nulls: "last" } }, { stage: { position: "asc" } }, { position: "asc" }],
      take: limit,
      select: { id: true, programmeId: true, title: true, periodText: true, startsOn: true, endsOn: true, status: true, programme: { select: { title: true } } },
    });
    return activities.map((a) => ({ ...a, programmeTitle: a.programme.title, startsOn: iso(a.startsOn), endsOn: iso(a.endsOn) }));
  });
}

/** «Мои задачи»: where the member is named responsible, or their role is. */
export function listMyTasks(ctx: TenantContext, limit = 200): Promise<TaskView[]> {
  return openActivities(ctx, { OR: [{ responsibleMembershipIds: { has: ctx.membership.id } }, { responsibleRoles: { hasSome: ctx.membership.roles } }] }, limit);
}
