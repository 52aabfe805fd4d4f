import type { OrderStatus, OrderType } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { inTenant, type Tx } from "@/lib/db/scope";
import { PERMISSIONS } from "@/lib/access/permissions";
import { orderSteps } from "@/lib/orders/policy";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";
import { ORDER_TYPES } from "@/lib/orders/labels";
import { orderEffectSchema } from "@/lib/orders/signing/effects";

export const ORDERS_PAGE_SIZE = 30;

export const orderListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  status: z.enum(["DRAFT", "IN_REVIEW", "SIGNED", "CANCELLED"]).optional().catch(undefined),
  type: z.enum(ORDER_TYPES as [OrderType, ...OrderType[]]).optional().catch(undefined),
});

export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

const scope = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });

export type OrderRow = { id: string; number: string | null; signedOn: Date | null; type: OrderType; title: string; status: OrderStatus; createdAt: Date };

/** Журнал приказов: signed ones by number, newest first, then drafts. */
export async function listOrders(ctx: TenantContext, query: OrderListQuery): Promise<{ rows: OrderRow[]; total: number }> {
  const where = { organisationId: ctx.organisation.id, ...(query.status ? { status: query.status } : {}), ...(query.type ? { type: query.type } : {}) };
  return inTenant(scope(ctx), async (tx) => {
    const rows = await tx.order.findMany({
      where,
      orderBy: [{ numberYear: { sort: "desc", nulls: "first" } }, { sequence: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      skip: (query.page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: { id: true, number: true, signedOn: true, type: true, title: true, status: true, createdAt: true },
    });
    const total = await tx.order.count({ where });
    return { rows, total };
  });
}

const personSelect = { id: true, position: true, user: { select: { lastName: true, firstName: true, middleName: true } } } as const;

/** One order with everything its paper and its .docx show: a fixed number of queries. */
async function orderDetails(tx: Tx, ctx: TenantContext, orderId: string) {
  const order = await tx.order.findFirst({
    where: { id: orderId, organisationId: ctx.organisation.id },
    include: {
      approvals: { select: { membershipId: true, agreedAt: true } },
      programme: { select: { id: true, title: true, academicYear: true } },
      scan: { select: { id: true, name: true } },
    },
  });
  if (!order) return null;
  const effect = orderEffectSchema.parse(order.effect);
  const memberIds = [...order.approvals.map((a) => a.membershipId), ...(effect.curatorMembershipId ? [effect.curatorMembershipId] : [])];
  const members = await tx.membership.findMany({ where: { id: { in: memberIds }, organisationId: ctx.organisation.id }, select: personSelect });
  const people = await tx.user.findMany({
    where: { id: { in: [order.draftedById, order.signedById].filter((id): id is string => id !== null) } },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const related = await tx.order.findMany({
    where: { organisationId: ctx.organisation.id, id: { in: [effect.cancelsOrderId, order.cancelledByOrderId].filter((id): id is string => Boolean(id)) } },
    select: { id: true, number: true, title: true },
  });
  const memberName = (id: string) => {
    const member = members.find((m) => m.id === id);
    return member ? fullName(member.user) : "—";
  };
  const person = (id: string | null) => {
    const found = people.find((p) => p.id === id);
    return found ? { ...found, name: fullName(found) } : null;
  };
  return {
    ...order,
    effect,
    approvals: order.approvals.map((approval) => ({ ...approval, name: memberName(approval.membershipId) })),
    curatorName: effect.curatorMembershipId ? memberName(effect.curatorMembershipId) : null,
    draftedBy: person(order.draftedById),
    signedBy: person(order.signedById),
    cancels: related.find((r) => r.id === effect.cancelsOrderId) ?? null,
    cancelledBy: related.find((r) => r.id === order.cancelledByOrderId) ?? null,
  };
}

export function getOrder(ctx: TenantContext, orderId: string) {
  return inTenant(scope(ctx), (tx) => orderDetails(tx, ctx, orderId));
}

/**
 * The order's page in one transaction: the order, the organisation's name and place for its paper,
 * the member's workflow steps (lib/orders/policy) and — only while the member may send the
 * draft for agreement — the staff who may agree.
 */
export async function getOrderPage(ctx: TenantContext, orderId: string) {
  return inTenant(scope(ctx), async (tx) => {
    const order = await orderDetails(tx, ctx, orderId);
    if (!order) return null;
    const steps = orderSteps(order, ctx.membership);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: ctx.organisation.id }, select: { fullName: true, founderName: true, locality: true } });
    const approvers = steps.changeDraft
      ? await tx.membership.findMany({
          where: { organisationId: ctx.organisation.id, disabledAt: null, roles: { hasSome: [...PERMISSIONS["orders.agree"]] } },
          orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
          take: 500,
          select: personSelect,
        })
      : [];
    return { order, organisation, steps, approvers: approvers.map((member) => ({ id: member.id, name: fullName(member.user) })) };
  });
}

export type OrderDetails = NonNullable<Awaited<ReturnType<typeof getOrder>>>;

/** What the drafting form offers: programmes, staff to appoint or ask to agree, signed orders to cancel. */
export async function orderFormOptions(ctx: TenantContext) {
  return inTenant(scope(ctx), async (tx) => {
    const programmes = await tx.programme.findMany({
      where: { organisationId: ctx.organisation.id, status: { not: "COMPLETED" } },
      orderBy: [{ academicYear: "desc" }, { title: "asc" }],
      select: { id: true, title: true, academicYear: true, status: true },
    });
    const staff = await tx.membership.findMany({
      where: {
        organisationId: ctx.organisation.id,
        disabledAt: null,
        roles: { hasSome: ["DIRECTOR", "CURATOR", "CLASS_TEACHER", "PSYCHOLOGIST", "METHODIST", "MENTOR"] },
      },
      orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
      take: 500,
      select: { ...personSelect, roles: true },
    });
    const signed = await tx.order.findMany({
      where: { organisationId: ctx.organisation.id, status: "SIGNED" },
      orderBy: [{ numberYear: "desc" }, { sequence: "desc" }],
      take: 200,
      select: { id: true, number: true, title: true },
    });
    return {
      programmes,
      staff: staff.map((member) => ({ id: member.id, name: fullName(member.user), position: member.position, roles: member.roles })),
      signed,
    };
  });
}

export async function currentNumberingPattern(ctx: TenantContext): Promise<string> {
  const numbering = await inTenant(scope(ctx), (tx) =>
    tx.orderNumbering.findUnique({ where: { organisationId: ctx.organisation.id }, select: { pattern: true } }),
  );
  return numbering?.pattern ?? "{n}";
}
