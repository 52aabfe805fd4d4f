import type { OrderType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordTenantAudit } from "@/lib/audit/record";
import type { AuditAction } from "@/lib/audit/actions";
import { ConflictError, NotFoundError, UserFacingError, orNotFound } from "@/lib/actions/errors";
import { nothingChanged } from "@/lib/audit/record";
import { ORDER_REFUSALS, allAgreed, awaitsAgreementOf, hasAgreed, mayChangeDraft, mayReturnToDraft } from "@/lib/orders/policy";
import { fullName, todayIn } from "@/lib/i18n/format";
import { can } from "@/lib/access/permissions";
import { draftOrderText } from "@/lib/orders/templates";
import { recommendedCandidates } from "@/lib/mentors/appointment";
import { applyOrderEffects, NEEDS_CURATOR, NEEDS_PROGRAMME, orderEffectSchema, type OrderEffect } from "@/lib/orders/signing/effects";
import { formatOrderNumber, nextSequence } from "@/lib/orders/signing/numbering";
import { calendarDate } from "@/lib/dates/calendar-date";
import { PROGRAMME_REFUSALS, mayBeApproved } from "@/lib/programmes/policy";

function audit(tx: Tx, ctx: TenantContext, action: AuditAction, orderId: string, details: Prisma.InputJsonObject = {}) {
  return recordTenantAudit(tx, ctx, action, { type: "order", id: orderId }, details);
}

async function loadOrder(tx: Tx, ctx: TenantContext, orderId: string) {
  return orNotFound(
    await tx.order.findFirst({
      where: { id: orderId, organisationId: ctx.organisation.id },
      select: { id: true, type: true, status: true, title: true, version: true, effect: true, approvals: { select: { membershipId: true, agreedAt: true } } },
    }),
  );
}

export async function draftOrder(
  tx: Tx,
  ctx: TenantContext,
  input: { type: OrderType; programmeId?: string; curatorMembershipId?: string; cancelsOrderId?: string },
): Promise<{ orderId: string }> {
  const organisationId = ctx.organisation.id;
  if (NEEDS_PROGRAMME.includes(input.type) && !input.programmeId) {
    throw new UserFacingError("Выберите программу, к которой относится приказ.", { programmeId: "Выберите программу" });
  }
  if (NEEDS_CURATOR.includes(input.type) && !input.curatorMembershipId) {
    throw new UserFacingError("Выберите, кого назначить куратором.", { curatorMembershipId: "Выберите куратора" });
  }
  const programme = input.programmeId
    ? orNotFound(await tx.programme.findFirst({ where: { id: input.programmeId, organisationId }, select: { id: true, title: true, academicYear: true, status: true } }))
    : undefined;
  if (input.type === "APPROVE_PROGRAMME" && !(programme && mayBeApproved(programme))) {
    throw new UserFacingError(PROGRAMME_REFUSALS.approved, { programmeId: "Программа уже утверждена" });
  }
  const curator = input.curatorMembershipId
    ? orNotFound(
        await tx.membership.findFirst({
          where: { id: input.curatorMembershipId, organisationId, disabledAt: null },
          select: { position: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
        }),
      )
    : undefined;
  if (input.cancelsOrderId) {
    orNotFound(await tx.order.findFirst({ where: { id: input.cancelsOrderId, organisationId, status: "SIGNED" }, select: { id: true } }));
  }
  // The mentor base's recommended candidates when there are any: the order then appoints them on
  // signing. Without a base, the order lists the organisation's mentors as text only.
  const recommended = input.type === "APPOINT_MENTORS" && programme ? await recommendedCandidates(tx, organisationId, programme.id) : [];
  const mentors =
    recommended.length > 0 || input.type !== "APPOINT_MENTORS"
      ? recommended
      : (
          await tx.membership.findMany({
            where: { organisationId, disabledAt: null, roles: { has: "MENTOR" } },
            orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
            take: 200,
            select: { position: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
          })
        ).map((mentor) => ({ name: fullName(mentor.user), position: mentor.position }));
  const text = draftOrderText(input.type, {
    organisationShortName: ctx.organisation.shortName,
    programme: programme ? { title: programme.title, academicYear: programme.academicYear } : undefined,
    curator: curator ? { name: fullName(curator.user), position: curator.position } : undefined,
    mentors,
  });
  const effect: OrderEffect = {
    programmeId: input.programmeId,
    curatorMembershipId: input.curatorMembershipId,
    cancelsOrderId: input.cancelsOrderId,
    ...(recommended.length > 0 ? { mentorCandidateIds: recommended.map((candidate) => candidate.id) } : {}),
  };
  const order = await tx.order.create({
    data: {
      organisationId,
      type: input.type,
      title: text.title,
      preamble: text.preamble,
      points: text.points,
      effect,
      programmeId: input.programmeId ?? null,
      draftedById: ctx.user.id,
    },
    select: { id: true },
  });
  await audit(tx, ctx, "order.drafted", order.id, { title: text.title });
  return { orderId: order.id };
}

export async function updateDraftOrder(
  tx: Tx,
  ctx: TenantContext,
  input: { orderId: string; version: number; title: string; preamble: string; points: string[] },
): Promise<void> {
  const order = await loadOrder(tx, ctx, input.orderId);
  if (!mayChangeDraft(order, ctx.membership)) throw new UserFacingError(ORDER_REFUSALS.draftOnly);
  const updated = await tx.order.updateMany({
    where: { id: order.id, version: input.version, status: "DRAFT" },
    data: { title: input.title, preamble: input.preamble, points: input.points, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError("Проект уже изменил кто-то другой: обновите страницу и внесите правки ещё раз.");
  await audit(tx, ctx, "order.updated", order.id, { title: input.title });
}

export async function submitOrderForReview(tx: Tx, ctx: TenantContext, input: { orderId: string; approverMembershipIds: string[] }): Promise<void> {
  const order = await loadOrder(tx, ctx, input.orderId);
  if (!mayChangeDraft(order, ctx.membership)) throw new UserFacingError(ORDER_REFUSALS.submitDraftOnly);
  const approvers = await tx.membership.findMany({
    where: { id: { in: input.approverMembershipIds }, organisationId: ctx.organisation.id, disabledAt: null },
    select: { id: true, roles: true },
  });
  if (approvers.length !== new Set(input.approverMembershipIds).size) throw new NotFoundError();
  if (approvers.some((approver) => !can(approver.roles, "orders.agree"))) {
    throw new UserFacingError("В лист согласования включают только сотрудников администрации и педагогов.");
  }
  await tx.orderApproval.createMany({ data: approvers.map((a) => ({ organisationId: ctx.organisation.id, orderId: order.id, membershipId: a.id })) });
  await tx.order.update({ where: { id: order.id }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
  await audit(tx, ctx, "order.submitted", order.id, { approvers: approvers.length });
}

/** Согласование: only a person on the order's approval sheet agrees, and only for themself. */
export async function agreeOrder(tx: Tx, ctx: TenantContext, orderId: string): Promise<void> {
  const order = await loadOrder(tx, ctx, orderId);
  if (order.status === "IN_REVIEW" && hasAgreed(order, ctx.membership)) return nothingChanged(tx);
  if (!awaitsAgreementOf(order, ctx.membership)) throw new UserFacingError(ORDER_REFUSALS.notAwaiting);
  await tx.orderApproval.updateMany({ where: { orderId: order.id, membershipId: ctx.membership.id }, data: { agreedAt: new Date() } });
  await audit(tx, ctx, "order.agreed", order.id);
}

export async function returnOrderToDraft(tx: Tx, ctx: TenantContext, orderId: string): Promise<void> {
  const order = await loadOrder(tx, ctx, orderId);
  if (!mayReturnToDraft(order, ctx.membership)) throw new UserFacingError(ORDER_REFUSALS.returnInReviewOnly);
  await tx.orderApproval.deleteMany({ where: { orderId: order.id } });
  await tx.order.update({ where: { id: order.id }, data: { status: "DRAFT", version: { increment: 1 } } });
  await audit(tx, ctx, "order.returned", order.id);
}

export async function deleteDraftOrder(tx: Tx, ctx: TenantContext, orderId: string): Promise<void> {
  const order = await loadOrder(tx, ctx, orderId);
  if (!mayChangeDraft(order, ctx.membership)) throw new UserFacingError(ORDER_REFUSALS.deleteDraftOnly);
  await tx.order.delete({ where: { id: order.id } });
  await audit(tx, ctx, "order.deleted", order.id, { title: order.title });
}

/**
 * Signing: the next number of the organisation's journal is taken under a row lock, so two
 * orders signed at the same moment never share or skip a number; the order's effects apply
 * in the same transaction.
 */
export async function signOrder(tx: Tx, ctx: TenantContext, input: { orderId: string; signedOn?: string }): Promise<{ number: string }> {
  const organisationId = ctx.organisation.id;
  const order = await loadOrder(tx, ctx, input.orderId);
  // maySign, with the reason when it does not hold (the permission is the action's own).
  if (order.status !== "IN_REVIEW") throw new UserFacingError(ORDER_REFUSALS.signInReviewOnly);
  if (!allAgreed(order)) throw new UserFacingError(ORDER_REFUSALS.notAllAgreed);
  const today = todayIn(ctx.organisation.timeZone);
  const signedOn = input.signedOn ?? today;
  if (signedOn > today) throw new UserFacingError("Приказ нельзя датировать будущим днём.", { signedOn: "Не позже сегодняшнего дня" });
  const year = Number(signedOn.slice(0, 4));

  await tx.$executeRaw`insert into order_numberings (organisation_id, pattern, year, last_sequence, updated_at)
    values (${organisationId}::uuid, '{n}', ${year}, 0, now()) on conflict (organisation_id) do nothing`;
  const [numbering] = await tx.$queryRaw<{ pattern: string; year: number; last_sequence: number }[]>`
    select pattern, year, last_sequence from order_numberings where organisation_id = ${organisationId}::uuid for update`;
  if (!numbering) throw new Error("order numbering row missing after insert");
  const sequence = nextSequence({ year: numbering.year, lastSequence: numbering.last_sequence }, year);
  if (numbering.year > year) throw new UserFacingError("Дата подписания раньше уже подписанных в журнале приказов за другой год.");
  const number = formatOrderNumber(numbering.pattern, sequence, year);
  await tx.orderNumbering.update({ where: { organisationId }, data: { year, lastSequence: sequence } });

  const signed = await tx.order.updateMany({
    where: { id: order.id, status: "IN_REVIEW" },
    data: {
      status: "SIGNED",
      number,
      sequence,
      numberYear: year,
      signedOn: calendarDate(signedOn),
      signedById: ctx.user.id,
      signedAt: new Date(),
      version: { increment: 1 },
    },
  });
  if (signed.count !== 1) throw new UserFacingError("Приказ уже подписан.");
  await applyOrderEffects(tx, ctx, { id: order.id, type: order.type, number, effect: orderEffectSchema.parse(order.effect) });
  await audit(tx, ctx, "order.signed", order.id, { number, title: order.title });
  return { number };
}

export async function setNumberingPattern(tx: Tx, ctx: TenantContext, pattern: string): Promise<void> {
  const year = Number(todayIn(ctx.organisation.timeZone).slice(0, 4));
  const before = await tx.orderNumbering.findUnique({ where: { organisationId: ctx.organisation.id }, select: { pattern: true } });
  if (before?.pattern === pattern) return nothingChanged(tx);
  await tx.orderNumbering.upsert({
    where: { organisationId: ctx.organisation.id },
    create: { organisationId: ctx.organisation.id, pattern, year },
    update: { pattern },
  });
  await recordTenantAudit(tx, ctx, "organisation.updated", { type: "order_numbering", id: ctx.organisation.id }, {
    orderNumberPattern: { before: before?.pattern ?? "{n}", after: pattern },
  });
}
