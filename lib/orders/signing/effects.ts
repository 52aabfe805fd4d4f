import { z } from "zod";
import type { OrderType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/actions/errors";
import { appointMentors, withdrawAppointments } from "@/lib/mentors/appointment";

/** What each order type does when signed, as the effect JSON stored on the draft. */
export const orderEffectSchema = z.object({
  programmeId: z.uuid().optional(),
  curatorMembershipId: z.uuid().optional(),
  cancelsOrderId: z.uuid().optional(),
  /** «О назначении наставников»: the candidates the selection commission recommended (lib/mentors). */
  mentorCandidateIds: z.array(z.uuid()).max(500).optional(),
});

export type OrderEffect = z.infer<typeof orderEffectSchema>;

/** Types whose effect needs a programme, and those that also need the curator. */
export const NEEDS_PROGRAMME: readonly OrderType[] = ["APPROVE_PROGRAMME", "APPOINT_CURATOR"];
export const NEEDS_CURATOR: readonly OrderType[] = ["APPOINT_CURATOR"];

type SignedOrder = { id: string; type: OrderType; number: string; effect: OrderEffect };

/**
 * Applied in the signing transaction, so an order and its legal effect stand or fall together.
 * Later capabilities (mentors, pairs) add their types here.
 */
export async function applyOrderEffects(tx: Tx, ctx: TenantContext, order: SignedOrder): Promise<void> {
  const organisationId = ctx.organisation.id;
  if (order.type === "APPROVE_PROGRAMME" && order.effect.programmeId) {
    const updated = await tx.programme.updateMany({
      where: { id: order.effect.programmeId, organisationId, status: "DRAFT" },
      data: { status: "APPROVED", approvedByOrderId: order.id },
    });
    if (updated.count !== 1) throw new UserFacingError("Программа уже утверждена или завершена: этот приказ нельзя подписать.");
    await recordTenantAudit(tx, ctx, "programme.approved", { type: "programme", id: order.effect.programmeId }, { order: order.number });
  }
  if (order.type === "APPOINT_CURATOR" && order.effect.programmeId && order.effect.curatorMembershipId) {
    const curator = await tx.membership.findFirst({
      where: { id: order.effect.curatorMembershipId, organisationId, disabledAt: null },
      select: { id: true, roles: true },
    });
    if (!curator) throw new UserFacingError("Назначаемый куратор больше не работает в организации.");
    if (!curator.roles.includes("CURATOR")) {
      await tx.membership.update({ where: { id: curator.id }, data: { roles: { push: "CURATOR" } } });
    }
    await tx.programme.updateMany({
      where: { id: order.effect.programmeId, organisationId },
      data: { curatorMembershipId: curator.id },
    });
  }
  if (order.type === "APPOINT_MENTORS" && order.effect.mentorCandidateIds?.length) {
    await appointMentors(tx, ctx, { id: order.id, number: order.number }, order.effect.mentorCandidateIds);
  }
  if (order.effect.cancelsOrderId) await cancelByOrder(tx, ctx, order.effect.cancelsOrderId, order);
}

async function cancelByOrder(tx: Tx, ctx: TenantContext, cancelledId: string, by: SignedOrder): Promise<void> {
  const organisationId = ctx.organisation.id;
  const cancelled = await tx.order.findFirst({
    where: { id: cancelledId, organisationId, status: "SIGNED" },
    select: { id: true, type: true, number: true, effect: true },
  });
  if (!cancelled) throw new UserFacingError("Отменяемый приказ не найден среди подписанных.");
  await tx.order.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", cancelledByOrderId: by.id } });
  const effect = orderEffectSchema.parse(cancelled.effect);
  if (cancelled.type === "APPOINT_MENTORS") await withdrawAppointments(tx, ctx, cancelled.id);
  if (cancelled.type === "APPROVE_PROGRAMME" && effect.programmeId) {
    await tx.programme.updateMany({
      where: { id: effect.programmeId, organisationId, approvedByOrderId: cancelled.id, status: "APPROVED" },
      data: { status: "DRAFT", approvedByOrderId: null },
    });
  }
  await recordTenantAudit(tx, ctx, "order.cancelled", { type: "order", id: cancelled.id }, { order: cancelled.number ?? "", by: by.number });
}
