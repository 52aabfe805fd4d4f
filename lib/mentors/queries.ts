import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentorDocumentKind, MentorStatus, PersonCategory, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import { inTenant, type Tx } from "@/lib/db/scope";
import { isoDay } from "@/lib/dates/calendar-date";
import type { TenantContext } from "@/lib/tenancy/context";
import { todayIn } from "@/lib/i18n/format";
import { nameKeyOf } from "@/lib/people/names";
import { MENTOR_CATEGORIES } from "@/lib/mentors/labels";
import { documentProblems, expiringSoon, type HeldDocument } from "@/lib/mentors/policy";

const tenantOf = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });

const personSelect = {
  id: true, lastName: true, firstName: true, middleName: true, category: true, birthDate: true, leftOn: true, className: true, position: true,
  partner: { select: { name: true } },
  documents: { select: { id: true, kind: true, number: true, issuedOn: true, validUntil: true }, orderBy: { issuedOn: "desc" } },
} as const satisfies Prisma.PersonSelect;

type SelectedPerson = Prisma.PersonGetPayload<{ select: typeof personSelect }>;

export type MentorPersonView = {
  id: string; lastName: string; firstName: string; middleName: string | null; category: PersonCategory; birthDate: string | null; leftOn: string | null;
  className: string | null; position: string | null; partnerName: string | null;
  documents: (HeldDocument & { id: string; number: string | null })[];
};

function personOf(person: SelectedPerson): MentorPersonView {
  const { partner, documents, birthDate, leftOn, ...rest } = person;
  return {
    ...rest,
    birthDate: birthDate ? isoDay(birthDate) : null,
    leftOn: leftOn ? isoDay(leftOn) : null,
    partnerName: partner?.name ?? null,
    documents: documents.map((document) => ({ ...document, issuedOn: isoDay(document.issuedOn), validUntil: document.validUntil ? isoDay(document.validUntil) : null })),
  };
}

export type Appointment = { number: string | null; signedOn: string | null } | null;
export type MentorRow = {
  id: string;
  status: MentorStatus;
  competencies: string[];
  person: MentorPersonView;
  problems: string[];
  expiring: { kind: MentorDocumentKind; validUntil: string }[];
  appointedBy: Appointment;
};

const appointedSelect = { select: { number: true, signedOn: true } } as const;
const appointmentOf = (order: { number: string | null; signedOn: Date | null } | null): Appointment =>
  order ? { number: order.number, signedOn: order.signedOn ? isoDay(order.signedOn) : null } : null;
export type MentorBase = {
  programme: { id: string; title: string; academicYear: number; status: ProgrammeStatus };
  rows: MentorRow[];
  candidates: MentorPersonView[];
};

/** The programme's base of mentors with each one's documents (what is missing, what runs out soon): a fixed number of queries. */
export async function mentorBase(ctx: TenantContext, programmeId: string, query: { q: string; find: string }): Promise<MentorBase | null> {
  const today = todayIn(ctx.organisation.timeZone);
  return inTenant(tenantOf(ctx), async (tx) => {
    const programme = await tx.programme.findFirst({ where: { id: programmeId, organisationId: ctx.organisation.id }, select: { id: true, title: true, academicYear: true, status: true } });
    if (!programme) return null;
    const key = nameKeyOf(query.q);
    const candidates = await tx.mentorCandidate.findMany({
      where: { organisationId: ctx.organisation.id, programmeId, ...(key ? { person: { nameKey: { contains: key } } } : {}) },
      select: { id: true, status: true, competencies: true, person: { select: personSelect }, appointedBy: appointedSelect },
      orderBy: [{ person: { lastName: "asc" } }, { id: "asc" }],
      take: 500,
    });
    return {
      programme,
      rows: candidates.map((candidate) => {
        const person = personOf(candidate.person);
        return {
          ...candidate,
          appointedBy: appointmentOf(candidate.appointedBy),
          person,
          problems: documentProblems(person, person.documents, today),
          expiring: expiringSoon(person.documents, today).flatMap((document) => (document.validUntil ? [{ kind: document.kind, validUntil: document.validUntil }] : [])),
        };
      }),
      candidates: query.find ? await possibleMentors(tx, ctx, programmeId, query.find) : [],
    };
  });
}

async function possibleMentors(tx: Tx, ctx: TenantContext, programmeId: string, find: string): Promise<MentorPersonView[]> {
  const people = await tx.person.findMany({
    where: { organisationId: ctx.organisation.id, leftOn: null, category: { in: [...MENTOR_CATEGORIES] }, nameKey: { contains: nameKeyOf(find) }, mentorships: { none: { programmeId } } },
    select: personSelect,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 10,
  });
  return people.map(personOf);
}

export type CandidateCard = {
  id: string;
  status: MentorStatus;
  programme: { id: string; title: string; status: ProgrammeStatus; forms: string[] };
  person: MentorPersonView;
  criteria: { experience: string | null; interests: string | null; competencies: string[]; ageGroups: string[]; forms: string[]; hoursPerWeek: number | null; appliedOn: string | null; portfolio: string | null };
  trainings: { id: string; course: string; hours: number; completedOn: string | null; certificate: string | null }[];
  problems: string[];
  decision: { status: MentorStatus; decidedOn: string | null; note: string | null };
  appointedBy: Appointment;
};

export async function getCandidate(ctx: TenantContext, candidateId: string): Promise<CandidateCard | null> {
  const today = todayIn(ctx.organisation.timeZone);
  return inTenant(tenantOf(ctx), async (tx) => {
    const candidate = await tx.mentorCandidate.findFirst({
      where: { id: candidateId, organisationId: ctx.organisation.id },
      select: {
        id: true, status: true, experience: true, interests: true, competencies: true, ageGroups: true, forms: true, hoursPerWeek: true, appliedOn: true, portfolio: true,
        decidedOn: true, decisionNote: true, appointedBy: appointedSelect,
        programme: { select: { id: true, title: true, status: true, forms: { select: { title: true } } } },
        person: { select: personSelect },
        trainings: { select: { id: true, course: true, hours: true, completedOn: true, certificate: true }, orderBy: { createdAt: "asc" } },
      },
    });
    if (!candidate) return null;
    const { person, trainings, programme, id, status, appliedOn, decidedOn, decisionNote, appointedBy, ...criteria } = candidate;
    const view = personOf(person);
    return {
      id,
      status,
      programme: { ...programme, forms: programme.forms.map((form) => form.title) },
      person: view,
      criteria: { ...criteria, appliedOn: appliedOn ? isoDay(appliedOn) : null },
      trainings: trainings.map((training) => ({ ...training, completedOn: training.completedOn ? isoDay(training.completedOn) : null })),
      problems: documentProblems(view, view.documents, today),
      decision: { status, decidedOn: decidedOn ? isoDay(decidedOn) : null, note: decisionNote },
      appointedBy: appointmentOf(appointedBy),
    };
  });
}
