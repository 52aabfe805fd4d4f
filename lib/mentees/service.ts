import type { MenteeStatus, RequestSource } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { initials } from "@/lib/i18n/format";
import { nothingChanged, recordTenantAudit } from "@/lib/audit/record";
import { ForbiddenError, UserFacingError, orNotFound } from "@/lib/actions/errors";
import { mayChangeRoadmap } from "@/lib/programmes/policy";
import { joiningBase } from "@/lib/programmes/bases";
import { MENTEE_STATUS_LABELS, requestTopicLabel, type RequestTopic } from "@/lib/mentees/catalogue";
import type { Intake } from "@/lib/mentees/intake";
import { defaultRequestSource, mayRecordRequest, whyNotMentee } from "@/lib/mentees/policy";

const CLOSED = "Программа завершена: её база наставляемых больше не меняется.";
const NOT_YOURS = "Классный руководитель ведёт запросы только обучающихся своего класса.";

async function loadMentee(tx: Tx, ctx: TenantContext, menteeId: string) {
  return orNotFound(
    await tx.mentee.findFirst({
      where: { id: menteeId, organisationId: ctx.organisation.id },
      select: {
        id: true,
        status: true,
        programme: { select: { status: true } },
        person: { select: { lastName: true, firstName: true, middleName: true, className: true } },
      },
    }),
  );
}

/** The mentee, when the viewer may keep its requests and answers (else "forbidden", with the reason). */
async function loadRecordable(tx: Tx, ctx: TenantContext, menteeId: string) {
  const mentee = await loadMentee(tx, ctx, menteeId);
  if (!mayRecordRequest(ctx, mentee.person)) throw new ForbiddenError(NOT_YOURS);
  if (!mayChangeRoadmap(mentee.programme)) throw new UserFacingError(CLOSED);
  return mentee;
}

export async function addMentee(tx: Tx, ctx: TenantContext, input: { programmeId: string; personId: string }): Promise<{ menteeId: string }> {
  const { programme, person } = await joiningBase(tx, ctx, input, { closed: CLOSED, whyNot: whyNotMentee });
  const [created] = await tx.mentee.createManyAndReturn({
    data: [{ organisationId: ctx.organisation.id, programmeId: programme.id, personId: person.id }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) throw new UserFacingError(`${initials(person)} уже в базе наставляемых этой программы.`);
  await recordTenantAudit(tx, ctx, "mentee.added", { type: "mentee", id: created.id }, { person: initials(person) });
  return { menteeId: created.id };
}

export async function addRequest(
  tx: Tx,
  ctx: TenantContext,
  input: { menteeId: string; topic: RequestTopic; details?: string; source?: RequestSource },
): Promise<void> {
  const mentee = await loadRecordable(tx, ctx, input.menteeId);
  await tx.menteeRequest.create({
    data: {
      organisationId: ctx.organisation.id,
      menteeId: mentee.id,
      topic: input.topic,
      details: input.details ?? null,
      source: input.source ?? defaultRequestSource(ctx),
      recordedByMembershipId: ctx.membership.id,
    },
  });
  await recordTenantAudit(tx, ctx, "mentee.request_added", { type: "mentee", id: mentee.id }, { person: initials(mentee.person), topic: requestTopicLabel(input.topic) });
}

export async function removeRequest(tx: Tx, ctx: TenantContext, requestId: string): Promise<void> {
  const request = orNotFound(await tx.menteeRequest.findFirst({ where: { id: requestId, organisationId: ctx.organisation.id }, select: { id: true, menteeId: true, topic: true } }));
  const mentee = await loadRecordable(tx, ctx, request.menteeId);
  await tx.menteeRequest.delete({ where: { id: request.id } });
  await recordTenantAudit(tx, ctx, "mentee.request_removed", { type: "mentee", id: mentee.id }, { person: initials(mentee.person), topic: requestTopicLabel(request.topic) });
}

export async function saveIntake(tx: Tx, ctx: TenantContext, input: Intake & { menteeId: string }): Promise<void> {
  const { menteeId, ...answers } = input;
  const mentee = await loadRecordable(tx, ctx, menteeId);
  await tx.mentee.update({ where: { id: mentee.id }, data: { intake: answers } });
  await recordTenantAudit(tx, ctx, "mentee.intake_saved", { type: "mentee", id: mentee.id }, { person: initials(mentee.person) });
}

/** The pair's own statuses («в паре») will be set by pairs; here the curator records waiting, support and leaving. */
export async function setMenteeStatus(tx: Tx, ctx: TenantContext, input: { menteeId: string; status: MenteeStatus }): Promise<void> {
  const mentee = await loadMentee(tx, ctx, input.menteeId);
  if (!mayChangeRoadmap(mentee.programme)) throw new UserFacingError(CLOSED);
  if (mentee.status === input.status) return nothingChanged(tx);
  await tx.mentee.update({ where: { id: mentee.id }, data: { status: input.status } });
  await recordTenantAudit(tx, ctx, "mentee.status_changed", { type: "mentee", id: mentee.id }, {
    person: initials(mentee.person),
    before: MENTEE_STATUS_LABELS[mentee.status],
    after: MENTEE_STATUS_LABELS[input.status],
  });
}
