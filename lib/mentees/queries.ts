import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenteeStatus, PersonCategory, ProgrammeStatus, RequestSource } from "@/lib/generated/prisma/enums";
import { inTenant, type Tx } from "@/lib/db/scope";
import { isoDay } from "@/lib/dates/calendar-date";
import type { TenantContext } from "@/lib/tenancy/context";
import { nameKeyOf } from "@/lib/people/names";
import { MENTEE_CATEGORIES } from "@/lib/mentees/catalogue";
import { intakeOf, type Intake } from "@/lib/mentees/intake";
import { mayViewMentee, visibleClasses } from "@/lib/mentees/policy";
import { MENTEES_PAGE_SIZE, type MenteeListQuery } from "@/lib/mentees/schemas";

const tenantOf = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });

export type BaseProgramme = { id: string; title: string; academicYear: number; status: ProgrammeStatus };

async function programmeOf(tx: Tx, ctx: TenantContext, programmeId: string): Promise<BaseProgramme | null> {
  return tx.programme.findFirst({ where: { id: programmeId, organisationId: ctx.organisation.id }, select: { id: true, title: true, academicYear: true, status: true } });
}

const personSelect = { id: true, lastName: true, firstName: true, middleName: true, className: true, birthDate: true, category: true } as const;
type PersonPart = { id: string; lastName: string; firstName: string; middleName: string | null; className: string | null; birthDate: string | null; category: PersonCategory };
const personOf = (person: Prisma.PersonGetPayload<{ select: typeof personSelect }>): PersonPart => ({ ...person, birthDate: person.birthDate ? isoDay(person.birthDate) : null });

export type MenteeRow = { id: string; status: MenteeStatus; person: PersonPart; requests: { topic: string; source: RequestSource }[] };

function classFilter(ctx: TenantContext): Prisma.PersonWhereInput {
  const classes = visibleClasses(ctx);
  return classes === null ? {} : { className: { in: classes } };
}

function menteesWhere(ctx: TenantContext, programmeId: string, query: Omit<MenteeListQuery, "page" | "find">): Prisma.MenteeWhereInput {
  const key = nameKeyOf(query.q);
  return {
    organisationId: ctx.organisation.id,
    programmeId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.topic ? { requests: { some: { topic: query.topic } } } : {}),
    person: {
      ...classFilter(ctx),
      ...(query.className ? { className: query.className.replace(/\s+/g, "").toUpperCase() } : {}),
      ...(key ? { nameKey: { contains: key } } : {}),
    },
  };
}

export type MenteeBase = {
  programme: BaseProgramme;
  rows: MenteeRow[];
  total: number;
  byStatus: Partial<Record<MenteeStatus, number>>;
  byTopic: { topic: string; mentees: number }[];
  candidates: PersonPart[];
};

/**
 * The programme's mentee base as the viewer may see it: a page of mentees with their requests,
 * the counts curators are asked for (by status, by request), and — when looking for someone to
 * add — up to ten people who could join. A fixed number of queries whatever the base's size.
 */
export async function menteeBase(ctx: TenantContext, programmeId: string, query: MenteeListQuery): Promise<MenteeBase | null> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const programme = await programmeOf(tx, ctx, programmeId);
    if (!programme) return null;
    const where = menteesWhere(ctx, programmeId, query);
    const mentees = await tx.mentee.findMany({
      where,
      select: { id: true, status: true, person: { select: personSelect }, requests: { select: { topic: true, source: true }, orderBy: { createdAt: "asc" } } },
      orderBy: [{ person: { className: "asc" } }, { person: { lastName: "asc" } }, { id: "asc" }],
      skip: (query.page - 1) * MENTEES_PAGE_SIZE,
      take: MENTEES_PAGE_SIZE,
    });
    const total = await tx.mentee.count({ where });
    const statuses = await tx.mentee.groupBy({ by: ["status"], where: menteesWhere(ctx, programmeId, { ...query, status: undefined }), _count: { _all: true } });
    const topics = await tx.$queryRaw<{ topic: string; mentees: number }[]>`
      select r.topic, count(distinct r.mentee_id)::int as mentees
        from mentee_requests r join mentees m on m.id = r.mentee_id
       where m.organisation_id = ${ctx.organisation.id}::uuid and m.programme_id = ${programmeId}::uuid
       group by r.topic order by mentees desc, r.topic`;
    const candidates = query.find ? await candidatesOf(tx, ctx, programmeId, query.find) : [];
    return {
      programme,
      rows: mentees.map((mentee) => ({ ...mentee, person: personOf(mentee.person) })),
      total,
      byStatus: Object.fromEntries(statuses.map((group) => [group.status, group._count._all])),
      byTopic: topics,
      candidates,
    };
  });
}

/** People who could join the base under that name: pupils, students and teachers in the lists, not in it yet. */
async function candidatesOf(tx: Tx, ctx: TenantContext, programmeId: string, find: string): Promise<PersonPart[]> {
  const people = await tx.person.findMany({
    where: {
      organisationId: ctx.organisation.id,
      ...classFilter(ctx),
      leftOn: null,
      category: { in: [...MENTEE_CATEGORIES] },
      nameKey: { contains: nameKeyOf(find) },
      mentees: { none: { programmeId } },
    },
    select: personSelect,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 10,
  });
  return people.map(personOf);
}

export type MenteeCard = {
  id: string;
  status: MenteeStatus;
  programme: BaseProgramme;
  person: PersonPart;
  intake: Intake;
  requests: { id: string; topic: string; details: string | null; source: RequestSource; createdAt: Date; recordedBy: string | null }[];
};

/** One mentee's card, or null when there is none the viewer may see. */
export async function getMentee(ctx: TenantContext, menteeId: string): Promise<MenteeCard | null> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const mentee = await tx.mentee.findFirst({
      where: { id: menteeId, organisationId: ctx.organisation.id },
      select: {
        id: true,
        status: true,
        intake: true,
        programme: { select: { id: true, title: true, academicYear: true, status: true } },
        person: { select: personSelect },
        requests: { select: { id: true, topic: true, details: true, source: true, createdAt: true, recordedByMembershipId: true }, orderBy: { createdAt: "asc" } },
      },
    });
    if (!mentee || !mayViewMentee(ctx, mentee.person)) return null;
    const recorders = await tx.membership.findMany({
      where: { organisationId: ctx.organisation.id, id: { in: mentee.requests.flatMap((request) => (request.recordedByMembershipId ? [request.recordedByMembershipId] : [])) } },
      select: { id: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
    });
    const names = new Map(recorders.map((recorder) => [recorder.id, `${recorder.user.lastName} ${recorder.user.firstName}`]));
    return {
      ...mentee,
      person: personOf(mentee.person),
      intake: intakeOf(mentee.intake),
      requests: mentee.requests.map(({ recordedByMembershipId, ...request }) => ({ ...request, recordedBy: recordedByMembershipId ? (names.get(recordedByMembershipId) ?? null) : null })),
    };
  });
}
