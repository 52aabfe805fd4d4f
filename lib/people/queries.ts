import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationRole, PersonCategory, SupportNeed } from "@/lib/generated/prisma/enums";
import { inTenant, type Tx } from "@/lib/db/scope";
import { isoDay } from "@/lib/dates/calendar-date";
import type { TenantContext } from "@/lib/tenancy/context";
import { canViewPerson, maySeeSupport, visiblePeopleWhere } from "@/lib/people/policy";
import { nameKeyOf } from "@/lib/people/names";
import { PEOPLE_PAGE_SIZE, type PeopleListQuery } from "@/lib/people/schemas";

export type PersonRow = {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  category: PersonCategory;
  className: string | null;
  position: string | null;
  phone: string | null;
  email: string | null;
  hasAccount: boolean;
  leftOn: string | null;
};

const personRowSelect = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  category: true,
  className: true,
  position: true,
  phone: true,
  email: true,
  leftOn: true,
  membership: { select: { id: true } },
} as const satisfies Prisma.PersonSelect;

type SelectedRow = Prisma.PersonGetPayload<{ select: typeof personRowSelect }>;

function toRow(person: SelectedRow): PersonRow {
  const { membership, birthDate, leftOn, ...rest } = person;
  return { ...rest, birthDate: birthDate ? isoDay(birthDate) : null, leftOn: leftOn ? isoDay(leftOn) : null, hasAccount: membership !== null };
}

function tenantOf(ctx: TenantContext) {
  return { organisationId: ctx.organisation.id, userId: ctx.user.id };
}

/** The filters of the list, as one where (the viewer's visibility included). */
export function peopleWhere(ctx: TenantContext, query: Omit<PeopleListQuery, "page">): Prisma.PersonWhereInput {
  const key = nameKeyOf(query.q);
  return {
    AND: [
      { organisationId: ctx.organisation.id },
      visiblePeopleWhere(ctx),
      { leftOn: query.left ? { not: null } : null },
      ...(query.category ? [{ category: query.category }] : []),
      ...(query.className ? [{ className: query.className.replace(/\s+/g, "").toUpperCase() }] : []),
      // Special needs are read through person_support, whose rows PostgreSQL shows only to those who may see them.
      ...(query.need ? [{ support: { needs: { has: query.need } } }] : []),
      ...(key ? [{ OR: [{ nameKey: { contains: key } }, { email: { contains: key } }, { phone: { contains: key.replace(/\D/g, "") || key } }] }] : []),
    ],
  };
}

export type PeoplePage = { rows: PersonRow[]; total: number; byCategory: Partial<Record<PersonCategory, number>>; classes: string[] };

/**
 * One page of the people the viewer may see, with the counts curators are asked for (by
 * category, with the list's other filters) and the classes to filter by: four queries whatever
 * the size of the school.
 */
export async function listPeople(ctx: TenantContext, query: PeopleListQuery): Promise<PeoplePage> {
  const where = peopleWhere(ctx, query);
  const byCategoryWhere = peopleWhere(ctx, { ...query, category: undefined });
  return inTenant(tenantOf(ctx), async (tx) => {
    const rows = await tx.person.findMany({
      where,
      select: personRowSelect,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    });
    const total = await tx.person.count({ where });
    const grouped = await tx.person.groupBy({ by: ["category"], where: byCategoryWhere, _count: { _all: true } });
    const classes = await classesOf(tx, ctx);
    return { rows: rows.map(toRow), total, byCategory: Object.fromEntries(grouped.map((group) => [group.category, group._count._all])), classes };
  });
}

/** The classes and groups of the organisation's current pupils and students, in school order (5А before 10Б). */
async function classesOf(tx: Tx, ctx: TenantContext): Promise<string[]> {
  const rows = await tx.$queryRaw<{ class_name: string }[]>`
    select distinct class_name from people
     where organisation_id = ${ctx.organisation.id}::uuid and class_name is not null and left_on is null
     order by class_name`;
  return rows
    .map((row) => row.class_name)
    .sort((a, b) => (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || a.localeCompare(b, "ru"));
}

export type PersonRelative = { id: string; lastName: string; firstName: string; middleName: string | null; className: string | null; phone: string | null; relation: string | null };

export type PersonCard = PersonRow & {
  workplace: string | null;
  partnerId: string | null;
  partner: { id: string; name: string } | null;
  experienceMonths: number | null;
  account: { membershipId: string; roles: OrganisationRole[] } | null;
  guardians: PersonRelative[];
  children: PersonRelative[];
  /** null when the viewer may not see special needs (the database would not show them either). */
  support: { needs: SupportNeed[]; note: string | null } | null;
  maySeeSupport: boolean;
};

const relativeSelect = { id: true, lastName: true, firstName: true, middleName: true, className: true, phone: true } as const;

/** A person's card, or null when there is none the viewer may see. */
export async function getPerson(ctx: TenantContext, personId: string): Promise<PersonCard | null> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId, organisationId: ctx.organisation.id },
      select: {
        ...personRowSelect,
        workplace: true,
        experienceMonths: true,
        partner: { select: { id: true, name: true } },
        membership: { select: { id: true, roles: true } },
        guardians: { select: { relation: true, guardian: { select: relativeSelect } }, orderBy: { createdAt: "asc" } },
        children: { select: { relation: true, child: { select: relativeSelect } }, orderBy: { createdAt: "asc" } },
        support: { select: { needs: true, note: true } },
      },
    });
    if (!person) return null;
    const children = person.children.map(({ relation, child }) => ({ ...child, relation }));
    if (!canViewPerson(ctx, { className: person.className, childrenClasses: children.flatMap((child) => (child.className ? [child.className] : [])) })) return null;
    const { workplace, experienceMonths, partner, membership, guardians, support, ...row } = person;
    const sees = maySeeSupport(ctx, person);
    return {
      ...toRow({ ...row, membership }),
      workplace,
      experienceMonths,
      partnerId: partner?.id ?? null,
      partner,
      account: membership ? { membershipId: membership.id, roles: membership.roles } : null,
      guardians: guardians.map(({ relation, guardian }) => ({ ...guardian, relation })),
      children,
      support: sees ? (support ?? { needs: [], note: null }) : null,
      maySeeSupport: sees,
    };
  });
}

/** How many people an export holds at most (a school of 2,000 with their parents fits). */
export const PEOPLE_EXPORT_LIMIT = 5_000;

export type PersonExportRow = PersonRow & { guardians: { lastName: string; firstName: string; middleName: string | null; phone: string | null }[] };

/** The list as filtered, every page of it, with each pupil's parents: two queries. */
export async function peopleForExport(ctx: TenantContext, query: Omit<PeopleListQuery, "page">): Promise<PersonExportRow[]> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const rows = await tx.person.findMany({
      where: peopleWhere(ctx, query),
      select: { ...personRowSelect, guardians: { select: { guardian: { select: { lastName: true, firstName: true, middleName: true, phone: true } } }, orderBy: { createdAt: "asc" } } },
      orderBy: [{ className: "asc" }, { lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: PEOPLE_EXPORT_LIMIT,
    });
    return rows.map(({ guardians, ...row }) => ({ ...toRow(row), guardians: guardians.map(({ guardian }) => guardian) }));
  });
}
