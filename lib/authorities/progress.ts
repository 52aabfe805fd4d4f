import { z } from "zod";
import type { OrganisationKind, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/actions/form-data";
import { asUser } from "@/lib/db/scope";
import { academicYearStartOf, isoDay } from "@/lib/dates/calendar-date";
import { todayIn } from "@/lib/i18n/format";
import type { AuthorityContext } from "@/lib/authorities/queries";

export const SCHOOLS_PAGE_SIZE = 50;

/** What the supervisor's list can narrow to. */
export const SCHOOL_VIEWS = {
  all: "Все организации",
  "not-approved": "Программа не утверждена",
  overdue: "Есть просроченные мероприятия",
} as const;
export type SchoolView = keyof typeof SCHOOL_VIEWS;

export const schoolFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
  q: plainText(100).catch(""),
  view: z.enum(Object.keys(SCHOOL_VIEWS) as [SchoolView, ...SchoolView[]]).catch("all"),
});
export type SchoolFilter = z.infer<typeof schoolFilterSchema>;

export type SchoolProgress = {
  id: string;
  slug: string;
  shortName: string;
  kind: OrganisationKind;
  locality: string;
  programme: {
    title: string;
    status: ProgrammeStatus;
    approvedOrderNumber: string | null;
    approvedOn: Date | null;
    hasCurator: boolean;
    total: number;
    done: number;
    overdue: number;
  } | null;
};

export type AuthoritySummary = { schools: number; approved: number; withOverdue: number; withoutProgramme: number };

type Row = {
  id: string | null;
  slug: string;
  short_name: string;
  kind: OrganisationKind;
  locality: string;
  title: string | null;
  status: ProgrammeStatus | null;
  approved_order_number: string | null;
  approved_on: Date | null;
  has_curator: boolean | null;
  activities_total: number | null;
  activities_done: number | null;
  overdue: number;
  matching: number;
};

/** The academic year the supervisor looks at: the one today falls in (Moscow time). */
export function currentAcademicYear(now = new Date()): number {
  return academicYearStartOf(todayIn("Europe/Moscow", now));
}

function toSchool(row: Row & { id: string }): SchoolProgress {
  return {
    id: row.id,
    slug: row.slug,
    shortName: row.short_name,
    kind: row.kind,
    locality: row.locality,
    programme:
      row.title === null || row.status === null
        ? null
        : {
            title: row.title,
            status: row.status,
            approvedOrderNumber: row.approved_order_number,
            approvedOn: row.approved_on,
            hasCurator: row.has_curator ?? false,
            total: row.activities_total ?? 0,
            done: row.activities_done ?? 0,
            overdue: row.overdue,
          },
  };
}

/**
 * The authority's schools with their programme of the year, from programme_progress (kept by
 * triggers): one query whatever the number of schools or activities, a page of 50 at a time.
 * Overdue counts the open activities whose last day is before today in the school's own zone.
 */
export async function authorityProgress(
  ctx: AuthorityContext,
  filter: SchoolFilter,
  academicYear = currentAcademicYear(),
): Promise<{ summary: AuthoritySummary; schools: SchoolProgress[]; matching: number }> {
  const pattern = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return asUser(ctx.user.id, async (tx) => {
    const rows = await tx.$queryRaw<(Row & { summary: AuthoritySummary })[]>`
      with schools as (
        select o.id, o.slug, o.short_name, o.kind, o.locality, (now() at time zone o.time_zone)::date as today
          from organisations o
         where o.authority_id = ${ctx.authority.id}::uuid
      ), progress as (
        select s.*, pp.title, pp.status, pp.approved_order_number, pp.approved_on, pp.has_curator,
               pp.activities_total, pp.activities_done,
               -- open_ends is kept sorted (the trigger aggregates it in order): width_bucket counts
               -- the ends before today by binary search instead of unnesting every school's array.
               coalesce(width_bucket(s.today - 1, pp.open_ends), 0)::int as overdue
          from schools s
          left join lateral (
            select * from programme_progress p
             where p.organisation_id = s.id and p.academic_year = ${academicYear}
             order by (p.status = 'APPROVED') desc, p.refreshed_at desc
             limit 1
          ) pp on true
      ), summary as (
        select count(*)::int as schools,
               (count(*) filter (where status in ('APPROVED', 'COMPLETED')))::int as approved,
               (count(*) filter (where overdue > 0))::int as with_overdue,
               (count(*) filter (where title is null))::int as without_programme
          from progress
      ), chosen as (
        select * from progress
         where (${filter.q} = '' or short_name ilike ${pattern} or locality ilike ${pattern})
           and (${filter.view} <> 'not-approved' or status is null or status = 'DRAFT')
           and (${filter.view} <> 'overdue' or overdue > 0)
      )
      select c.*, (select count(*) from chosen)::int as matching,
             json_build_object('schools', m.schools, 'approved', m.approved, 'withOverdue', m.with_overdue, 'withoutProgramme', m.without_programme) as summary
        from summary m
        left join lateral (
          select * from chosen order by short_name, id limit ${SCHOOLS_PAGE_SIZE} offset ${(filter.page - 1) * SCHOOLS_PAGE_SIZE}
        ) c on true`;
    const summary = rows[0]?.summary ?? { schools: 0, approved: 0, withOverdue: 0, withoutProgramme: 0 };
    const schools = rows.filter((row): row is Row & { id: string; summary: AuthoritySummary } => row.id !== null).map(toSchool);
    return { summary, schools, matching: rows[0]?.matching ?? 0 };
  });
}

export type StageProgress = { title: string; total: number; done: number; overdue: number };

const stageSchema = z.array(z.object({ title: z.string(), total: z.number(), done: z.number(), openEnds: z.array(z.string()) }));

/** Stages of a stored progress row, overdue counted against `today` (yyyy-MM-dd). */
export function stageProgressOf(stored: unknown, today: string): StageProgress[] {
  return stageSchema.parse(stored).map(({ title, total, done, openEnds }) => ({
    title,
    total,
    done,
    overdue: openEnds.filter((end) => end < today).length,
  }));
}

/** One school of the authority with its programme of the year, by stage: aggregates, never persons. */
export async function schoolProgress(ctx: AuthorityContext, organisationSlug: string, academicYear = currentAcademicYear()) {
  return asUser(ctx.user.id, async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { slug: organisationSlug, authorityId: ctx.authority.id },
      select: { id: true, shortName: true, fullName: true, kind: true, locality: true, directorName: true, timeZone: true },
    });
    if (!organisation) return null;
    const programmes = await tx.programmeProgress.findMany({
      where: { organisationId: organisation.id, academicYear: { gte: academicYear - 1, lte: academicYear } },
      orderBy: [{ academicYear: "desc" }, { refreshedAt: "desc" }],
    });
    const today = todayIn(organisation.timeZone);
    return {
      organisation,
      programmes: programmes.map((programme) => ({
        id: programme.programmeId,
        title: programme.title,
        academicYear: programme.academicYear,
        status: programme.status,
        approvedOrderNumber: programme.approvedOrderNumber,
        approvedOn: programme.approvedOn,
        hasCurator: programme.hasCurator,
        total: programme.activitiesTotal,
        done: programme.activitiesDone,
        overdue: programme.openEnds.filter((end) => isoDay(end) < today).length,
        stages: stageProgressOf(programme.stages, today),
      })),
    };
  });
}
