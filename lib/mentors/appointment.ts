import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { isoDay } from "@/lib/dates/calendar-date";
import { fullName, initials, todayIn } from "@/lib/i18n/format";
import { recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/actions/errors";
import { documentProblems } from "@/lib/mentors/policy";

/** The selection commission's recommended candidates of a programme, as the order names them. */
export async function recommendedCandidates(tx: Tx, organisationId: string, programmeId: string) {
  const candidates = await tx.mentorCandidate.findMany({
    where: { organisationId, programmeId, status: "SELECTED" },
    select: { id: true, person: { select: { lastName: true, firstName: true, middleName: true, position: true } } },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    take: 500,
  });
  return candidates.map((candidate) => ({ id: candidate.id, name: fullName(candidate.person), position: candidate.person.position }));
}

/**
 * The effect of a signed order «о назначении наставников», in its signing transaction: each
 * candidate it names must still be recommended, and one who needs certificates for work with
 * minors must hold valid ones — otherwise the order is not signed, and the director is told who
 * and which document. The database refuses an appointment without such an order too.
 */
export async function appointMentors(tx: Tx, ctx: TenantContext, order: { id: string; number: string }, candidateIds: string[]): Promise<void> {
  const today = todayIn(ctx.organisation.timeZone);
  const candidates = await tx.mentorCandidate.findMany({
    where: { organisationId: ctx.organisation.id, id: { in: candidateIds } },
    select: {
      id: true,
      status: true,
      person: {
        select: {
          lastName: true, firstName: true, middleName: true, category: true, birthDate: true, leftOn: true,
          documents: { select: { kind: true, issuedOn: true, validUntil: true } },
        },
      },
    },
  });
  const refusals = candidates.flatMap((candidate) => {
    const { person } = candidate;
    if (candidate.status !== "SELECTED") return [`${initials(person)} не рекомендован комиссией по отбору`];
    const problems = documentProblems(
      { category: person.category, birthDate: person.birthDate && isoDay(person.birthDate), leftOn: person.leftOn && isoDay(person.leftOn) },
      person.documents.map((document) => ({ kind: document.kind, issuedOn: isoDay(document.issuedOn), validUntil: document.validUntil && isoDay(document.validUntil) })),
      today,
    );
    return problems.length > 0 ? [`${initials(person)} не может работать с несовершеннолетними — ${problems.join("; ")}`] : [];
  });
  if (candidates.length !== candidateIds.length) refusals.push("в приказе есть кандидат, которого больше нет в базе наставников");
  if (refusals.length > 0) throw new UserFacingError(`Приказ не подписан: ${refusals.join(". ")}. Исключите их из приказа или дождитесь документов.`);
  await tx.mentorCandidate.updateMany({ where: { organisationId: ctx.organisation.id, id: { in: candidateIds } }, data: { status: "APPOINTED", appointedByOrderId: order.id } });
  await recordTenantAudit(tx, ctx, "mentor.appointed", { type: "order", id: order.id }, { order: order.number, mentors: candidates.map((candidate) => initials(candidate.person)) });
}

/** An appointing order cancelled by another: its mentors leave the registry and are recommended again. */
export async function withdrawAppointments(tx: Tx, ctx: TenantContext, cancelledOrderId: string): Promise<void> {
  await tx.mentorCandidate.updateMany({
    where: { organisationId: ctx.organisation.id, appointedByOrderId: cancelledOrderId },
    data: { status: "SELECTED", appointedByOrderId: null },
  });
}
