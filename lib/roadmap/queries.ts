import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus, OrganisationRole, PeriodKind } from "@/lib/generated/prisma/enums";
import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";
import { isoDay } from "@/lib/dates/calendar-date";
import { shownActivities, stageOpening, type StageOpening } from "@/lib/roadmap/views";

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
  stages: RoadmapStageView[];
};

type RoadmapStageView = { id: string; title: string; position: number; activities: RoadmapActivityView[] };

/** As read for a page: `activities` in full (all, or those a long roadmap's page shows), `outline` every one. */
export type RoadmapPageView = {
  programme: RoadmapView["programme"];
  stages: (RoadmapStageView & { outline: OutlineActivity[] })[];
  opening: StageOpening;
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

/** Every activity of a stage, as much as counts and deadlines need. */
export type OutlineActivity = { id: string; stageId: string; status: ActivityStatus; startsOn: string | null; endsOn: string | null };
type OutlineStage = { id: string; outline: OutlineActivity[] };

/** Items by a key, each group in the items' order. */
function groupedBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const item of items) {
    const list = grouped.get(keyOf(item));
    if (list) list.push(valueOf(item));
    else grouped.set(keyOf(item), [valueOf(item)]);
  }
  return grouped;
}

const byStage = <T extends { stageId: string }>(items: readonly T[]) => groupedBy(items, (item) => item.stageId, (item) => item);

/** For getRoadmap: the stage and page asked for (?stage=…&page=…), by the rule of stageOpening. */
export function oneStageAtATime(asked: { stage?: string; page?: number }): (stages: readonly OutlineStage[]) => StageOpening {
  return (stages) => stageOpening(stages.map((stage) => ({ id: stage.id, activities: stage.outline })), asked);
}

/**
 * The whole roadmap of a programme in a fixed number of queries, whatever the number of its
 * activities (a benchmark holds it to that: see README). Each stage carries its `outline` (every
 * activity: status and dates) and its `activities` in full. Given `opening`, a long roadmap's
 * page is read as it shows: the outline first, then in full only the activities the opening
 * shows (lib/roadmap/views.ts stageOpening).
 */
export async function getRoadmap(
  ctx: TenantContext,
  programmeId: string,
  opening?: (stages: readonly OutlineStage[]) => StageOpening,
): Promise<RoadmapPageView | null> {
  return inTenant(scope(ctx), async (tx) => {
    const organisationId = ctx.organisation.id;
    const where = { organisationId, programmeId };
    const programme = await tx.programme.findFirst({
      where: { id: programmeId, organisationId },
      include: { forms: { select: { title: true, roleModels: true }, orderBy: { title: "asc" } } },
    });
    if (!programme) return null;
    const stages = await tx.roadmapStage.findMany({ where, orderBy: { position: "asc" }, select: { id: true, title: true, position: true } });
    const order = [{ position: "asc" as const }, { createdAt: "asc" as const }];
    // Given an opening, the outline (status and dates of every activity) decides what is read in full.
    let outlineOf: Map<string, OutlineActivity[]> | null = null;
    let chosen: StageOpening = { all: true };
    let shownIds: string[] | null = null;
    if (opening) {
      const rows = await tx.roadmapActivity.findMany({ where, orderBy: order, select: { id: true, stageId: true, status: true, startsOn: true, endsOn: true } });
      outlineOf = byStage(rows.map((row) => ({ ...row, startsOn: iso(row.startsOn), endsOn: iso(row.endsOn) })));
      const outlined = stages.map((stage) => ({ id: stage.id, outline: outlineOf?.get(stage.id) ?? [] }));
      const picked = opening(outlined);
      chosen = picked;
      if (!picked.all) shownIds = shownActivities(picked, picked.open, outlineOf.get(picked.open) ?? []).shown.map((activity) => activity.id);
    }
    const shown = shownIds === null ? {} : { id: { in: shownIds } };
    const activities = await tx.roadmapActivity.findMany({ where: { ...where, ...shown }, orderBy: order, select: ACTIVITY_FIELDS });
    const ofShown = shownIds === null ? { activity: { programmeId } } : { activityId: { in: shownIds } };
    const evidence = await tx.activityEvidence.findMany({
      where: { organisationId, ...ofShown },
      orderBy: { createdAt: "asc" },
      select: { id: true, activityId: true, title: true, url: true, orderId: true },
    });
    const comments = await tx.activityComment.groupBy({ by: ["activityId"], where: { organisationId, ...ofShown }, _count: { _all: true } });
    const memberIds = [...new Set([...activities.flatMap((a) => a.responsibleMembershipIds), ...(programme.curatorMembershipId ? [programme.curatorMembershipId] : [])])];
    const members = await tx.membership.findMany({
      where: { organisationId, id: { in: memberIds } },
      select: { id: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
    });
    const approvingOrder = programme.approvedByOrderId
      ? await tx.order.findFirst({ where: { id: programme.approvedByOrderId, organisationId }, select: { id: true, number: true, signedOn: true } })
      : null;
    const nameOf = new Map(members.map((member) => [member.id, fullName(member.user)]));
    const commentsOf = new Map(comments.map((c) => [c.activityId, c._count._all]));
    const evidenceOf = groupedBy(evidence, (item) => item.activityId, ({ activityId: _activityId, ...item }) => item);
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
    const viewsOf = byStage(views);
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
      stages: stages.map((stage) => {
        const activities = viewsOf.get(stage.id) ?? [];
        return { ...stage, activities, outline: outlineOf?.get(stage.id) ?? activities };
      }),
      opening: chosen,
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
