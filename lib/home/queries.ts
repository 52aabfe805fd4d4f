import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus, OrderType, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import { inTenant, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";
import { academicYearStartOf, addDays, calendarDate, isoDay } from "@/lib/dates/calendar-date";
import type { TaskView } from "@/lib/roadmap/queries";
import { HOME_LIST_SIZE, homeSections, type HomeSection } from "@/lib/home/sections";

/** A count and the first few: no home list is ever longer than HOME_LIST_SIZE. */
export type Capped<T> = { count: number; first: T[] };

export type HomeOrder = { id: string; title: string; type: OrderType; number: string | null; signedOn: string | null; pending: string[] };
export type HomeProgramme = {
  id: string;
  title: string;
  academicYear: number;
  status: ProgrammeStatus;
  curatorName: string | null;
  approvedBy: { number: string | null; signedOn: string | null } | null;
  done: number;
  total: number;
};
export type ProgrammeNeed = { id: string; title: string; academicYear: number; noCurator: boolean; notApproved: boolean };

export type HomeView = {
  today: string;
  academicYear: number;
  sections: HomeSection[];
  /** This academic year's programme, when there is one. */
  programme: HomeProgramme | null;
  toSign?: Capped<HomeOrder>;
  toAgree?: Capped<HomeOrder>;
  deadlines?: { overdue: Capped<TaskView>; thisWeek: Capped<TaskView> };
  attention?: Capped<ProgrammeNeed>;
  myTasks?: Capped<TaskView> & { overdue: number; thisWeek: number };
  documents?: Capped<HomeOrder>;
  children?: { id: string; name: string; className: string | null }[];
};

const OPEN: ActivityStatus[] = ["PLANNED", "IN_PROGRESS"];
const iso = (date: Date | null) => (date ? isoDay(date) : null);

async function capped<T>(count: Promise<number>, first: Promise<T[]>): Promise<Capped<T>> {
  return { count: await count, first: await first };
}

/** This year's programme: the approved one if several, else the newest that is not completed. */
async function currentProgramme(tx: Tx, organisationId: string, academicYear: number): Promise<HomeProgramme | null> {
  const candidates = await tx.programme.findMany({
    where: { organisationId, academicYear },
    orderBy: { createdAt: "desc" },
    take: HOME_LIST_SIZE,
    select: { id: true, title: true, academicYear: true, status: true, curatorMembershipId: true, approvedByOrderId: true },
  });
  const programme = candidates.find((p) => p.status === "APPROVED") ?? candidates.find((p) => p.status === "DRAFT") ?? candidates[0];
  if (!programme) return null;
  const curator = programme.curatorMembershipId
    ? await tx.membership.findFirst({ where: { id: programme.curatorMembershipId, organisationId }, select: { user: { select: { lastName: true, firstName: true, middleName: true } } } })
    : null;
  const order = programme.approvedByOrderId
    ? await tx.order.findFirst({ where: { id: programme.approvedByOrderId, organisationId }, select: { number: true, signedOn: true } })
    : null;
  const counts = await tx.roadmapActivity.groupBy({ by: ["status"], where: { organisationId, programmeId: programme.id }, _count: { _all: true } });
  const countOf = (status: ActivityStatus) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    id: programme.id,
    title: programme.title,
    academicYear: programme.academicYear,
    status: programme.status,
    curatorName: curator ? fullName(curator.user) : null,
    approvedBy: order ? { number: order.number, signedOn: iso(order.signedOn) } : null,
    done: countOf("DONE"),
    total: counts.reduce((sum, c) => sum + c._count._all, 0) - countOf("CANCELLED"),
  };
}

const TASK_SELECT = { id: true, programmeId: true, title: true, periodText: true, startsOn: true, endsOn: true, status: true, programme: { select: { title: true } } } as const;

function activities(tx: Tx, where: Prisma.RoadmapActivityWhereInput): Promise<Capped<TaskView>> {
  return capped(
    tx.roadmapActivity.count({ where }),
    tx.roadmapActivity
      .findMany({ where, orderBy: [{ endsOn: { sort: "asc", nulls: "last" } }, { stage: { position: "asc" } }, { position: "asc" }], take: HOME_LIST_SIZE, select: TASK_SELECT })
      .then((rows) => rows.map((a) => ({ ...a, programmeTitle: a.programme.title, startsOn: iso(a.startsOn), endsOn: iso(a.endsOn) }))),
  );
}

const ORDER_SELECT = { id: true, title: true, type: true, number: true, signedOn: true, approvals: { select: { membershipId: true, agreedAt: true } } } as const;

/** Orders with, for those on the approval sheet, who has not agreed yet. */
async function orders(tx: Tx, where: Prisma.OrderWhereInput, orderBy: Prisma.OrderOrderByWithRelationInput): Promise<Capped<HomeOrder>> {
  const { count, first } = await capped(tx.order.count({ where }), tx.order.findMany({ where, orderBy: [orderBy, { id: "asc" }], take: HOME_LIST_SIZE, select: ORDER_SELECT }));
  const pendingIds = [...new Set(first.flatMap((order) => order.approvals.filter((a) => !a.agreedAt).map((a) => a.membershipId)))];
  const people = pendingIds.length
    ? await tx.membership.findMany({ where: { id: { in: pendingIds } }, select: { id: true, user: { select: { lastName: true, firstName: true, middleName: true } } } })
    : [];
  const nameOf = new Map(people.map((person) => [person.id, fullName(person.user)]));
  return {
    count,
    first: first.map(({ approvals, signedOn, ...order }) => ({
      ...order,
      signedOn: iso(signedOn),
      pending: approvals.filter((a) => !a.agreedAt).map((a) => nameOf.get(a.membershipId) ?? "—"),
    })),
  };
}

/**
 * Everything the member's home shows, in one transaction of a bounded number of queries:
 * each list is a count and its first HOME_LIST_SIZE rows, the roadmap's only of this year's programme.
 */
export async function getHome(ctx: TenantContext, today: string): Promise<HomeView> {
  const organisationId = ctx.organisation.id;
  const academicYear = academicYearStartOf(today);
  const sections = homeSections(ctx.membership.roles);
  const wants = (section: HomeSection) => sections.includes(section);
  return inTenant({ organisationId, userId: ctx.user.id }, async (tx) => {
    const programme = await currentProgramme(tx, organisationId, academicYear);
    const view: HomeView = { today, academicYear, sections, programme };
    if (wants("toSign")) {
      view.toSign = await orders(tx, { organisationId, status: "IN_REVIEW", approvals: { none: { agreedAt: null } } }, { createdAt: "asc" });
    }
    if (wants("toAgree")) {
      view.toAgree = await orders(tx, { organisationId, status: "IN_REVIEW", approvals: { some: { membershipId: ctx.membership.id, agreedAt: null } } }, { createdAt: "asc" });
    }
    const open = programme ? { organisationId, programmeId: programme.id, status: { in: OPEN } } : null;
    const overdue = { endsOn: { lt: calendarDate(today) } };
    const thisWeek = { endsOn: { gte: calendarDate(today), lte: calendarDate(addDays(today, 7)) } };
    if (wants("deadlines") && open) {
      view.deadlines = { overdue: await activities(tx, { ...open, ...overdue }), thisWeek: await activities(tx, { ...open, ...thisWeek }) };
    }
    if (wants("attention")) {
      const where: Prisma.ProgrammeWhereInput = { organisationId, status: { not: "COMPLETED" }, OR: [{ curatorMembershipId: null }, { status: "DRAFT" }] };
      view.attention = await capped(
        tx.programme.count({ where }),
        tx.programme
          .findMany({ where, orderBy: [{ academicYear: "desc" }, { createdAt: "desc" }], take: HOME_LIST_SIZE, select: { id: true, title: true, academicYear: true, status: true, curatorMembershipId: true } })
          .then((rows) => rows.map((p) => ({ id: p.id, title: p.title, academicYear: p.academicYear, noCurator: !p.curatorMembershipId, notApproved: p.status === "DRAFT" }))),
      );
    }
    if (wants("myTasks") && open) {
      const mine = { ...open, OR: [{ responsibleMembershipIds: { has: ctx.membership.id } }, { responsibleRoles: { hasSome: ctx.membership.roles } }] };
      view.myTasks = {
        ...(await activities(tx, mine)),
        overdue: await tx.roadmapActivity.count({ where: { ...mine, ...overdue } }),
        thisWeek: await tx.roadmapActivity.count({ where: { ...mine, ...thisWeek } }),
      };
    }
    if (wants("documents")) {
      const where = { organisationId, status: "SIGNED" as const, signedOn: { gte: calendarDate(`${academicYear}-08-01`) } };
      view.documents = await orders(tx, where, { signedOn: "desc" });
    }
    if (wants("children")) {
      const links = await tx.guardianship.findMany({
        where: { organisationId, parentMembershipId: ctx.membership.id },
        orderBy: { createdAt: "asc" },
        take: 20,
        select: { child: { select: { id: true, className: true, user: { select: { lastName: true, firstName: true, middleName: true } } } } },
      });
      view.children = links.map(({ child }) => ({ id: child.id, name: fullName(child.user), className: child.className }));
    }
    return view;
  });
}
