import type { MentorDocumentKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { calendarDate } from "@/lib/dates/calendar-date";
import { initials } from "@/lib/i18n/format";
import { recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import { mayChangeRoadmap } from "@/lib/programmes/policy";
import { joiningBase } from "@/lib/programmes/bases";
import { MENTOR_DOCUMENT_LABELS } from "@/lib/mentors/labels";
import { whyNotMentorCandidate } from "@/lib/mentors/policy";

const CLOSED = "Программа завершена: её база наставников больше не меняется.";

async function loadCandidate(tx: Tx, ctx: TenantContext, candidateId: string) {
  const candidate = orNotFound(
    await tx.mentorCandidate.findFirst({
      where: { id: candidateId, organisationId: ctx.organisation.id },
      select: { id: true, personId: true, programme: { select: { status: true } }, person: { select: { lastName: true, firstName: true, middleName: true } } },
    }),
  );
  if (!mayChangeRoadmap(candidate.programme)) throw new UserFacingError(CLOSED);
  return candidate;
}

export async function addCandidate(tx: Tx, ctx: TenantContext, input: { programmeId: string; personId: string }): Promise<{ candidateId: string }> {
  const { programme, person } = await joiningBase(tx, ctx, input, { closed: CLOSED, whyNot: whyNotMentorCandidate });
  const [created] = await tx.mentorCandidate.createManyAndReturn({
    data: [{ organisationId: ctx.organisation.id, programmeId: programme.id, personId: person.id }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) throw new UserFacingError(`${initials(person)} уже в базе наставников этой программы.`);
  await recordTenantAudit(tx, ctx, "mentor.added", { type: "mentor_candidate", id: created.id }, { person: initials(person) });
  return { candidateId: created.id };
}

export async function saveCriteria(
  tx: Tx,
  ctx: TenantContext,
  input: { candidateId: string; experience?: string; interests?: string; competencies: string[]; ageGroups: string[]; forms: string[]; hoursPerWeek?: number; appliedOn?: string; portfolio?: string },
): Promise<void> {
  const candidate = await loadCandidate(tx, ctx, input.candidateId);
  await tx.mentorCandidate.update({
    where: { id: candidate.id },
    data: {
      experience: input.experience ?? null,
      interests: input.interests ?? null,
      competencies: input.competencies,
      ageGroups: input.ageGroups,
      forms: input.forms,
      hoursPerWeek: input.hoursPerWeek ?? null,
      appliedOn: input.appliedOn ? calendarDate(input.appliedOn) : null,
      portfolio: input.portfolio ?? null,
    },
  });
  await recordTenantAudit(tx, ctx, "mentor.criteria_saved", { type: "mentor_candidate", id: candidate.id }, { person: initials(candidate.person) });
}

export async function addTraining(tx: Tx, ctx: TenantContext, input: { candidateId: string; course: string; hours: number; completedOn?: string; certificate?: string }): Promise<void> {
  const candidate = await loadCandidate(tx, ctx, input.candidateId);
  await tx.mentorTraining.create({
    data: {
      organisationId: ctx.organisation.id,
      candidateId: candidate.id,
      course: input.course,
      hours: input.hours,
      completedOn: input.completedOn ? calendarDate(input.completedOn) : null,
      certificate: input.certificate ?? null,
    },
  });
  await recordTenantAudit(tx, ctx, "mentor.training_added", { type: "mentor_candidate", id: candidate.id }, { person: initials(candidate.person), course: input.course, hours: input.hours });
}

/** A certificate is the person's: recorded from a candidate's card, it serves every programme while valid. */
export async function addDocument(
  tx: Tx,
  ctx: TenantContext,
  input: { personId: string; candidateId: string; kind: MentorDocumentKind; number?: string; issuedOn: string; validUntil?: string },
): Promise<void> {
  const candidate = await loadCandidate(tx, ctx, input.candidateId);
  if (candidate.personId !== input.personId) orNotFound(null);
  await tx.mentorDocument.create({
    data: {
      organisationId: ctx.organisation.id,
      personId: candidate.personId,
      kind: input.kind,
      number: input.number ?? null,
      issuedOn: calendarDate(input.issuedOn),
      validUntil: input.validUntil ? calendarDate(input.validUntil) : null,
    },
  });
  await recordTenantAudit(tx, ctx, "mentor.document_added", { type: "person", id: candidate.personId }, { person: initials(candidate.person), document: MENTOR_DOCUMENT_LABELS[input.kind] });
}

/** The commission's decision; once appointed by an order, a mentor's status is the order's to change. */
export async function recordDecision(tx: Tx, ctx: TenantContext, input: { candidateId: string; decision: "SELECTED" | "REJECTED"; decidedOn: string; note?: string }): Promise<void> {
  const candidate = await loadCandidate(tx, ctx, input.candidateId);
  const updated = await tx.mentorCandidate.updateMany({
    where: { id: candidate.id, status: { in: ["CANDIDATE", "SELECTED", "REJECTED"] } },
    data: { status: input.decision, decidedOn: calendarDate(input.decidedOn), decisionNote: input.note ?? null },
  });
  if (updated.count === 0) throw new UserFacingError("Наставник уже назначен приказом или выбыл: решение комиссии не меняется.");
  await recordTenantAudit(tx, ctx, "mentor.decided", { type: "mentor_candidate", id: candidate.id }, {
    person: initials(candidate.person),
    decision: input.decision === "SELECTED" ? "рекомендован" : "не рекомендован",
  });
}
