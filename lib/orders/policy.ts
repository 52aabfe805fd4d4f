import type { OrderStatus, OrganisationRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/access/permissions";

/**
 * Which workflow steps an order allows a member: проект → на согласовании → подписан. The
 * order's page offers exactly these steps and the services refuse any other.
 */
type Member = { id: string; roles: readonly OrganisationRole[] };
type Order = { status: OrderStatus; approvals: readonly { membershipId: string; agreedAt: Date | null }[] };

/** Edit the text, send for agreement, delete: the drafter, while it is a draft. */
export function mayChangeDraft(order: Pick<Order, "status">, member: Member): boolean {
  return order.status === "DRAFT" && can(member.roles, "orders.draft");
}

/** Agree: only a person on the approval sheet who has not agreed yet, while it is in review. */
export function awaitsAgreementOf(order: Order, member: Member): boolean {
  return order.status === "IN_REVIEW" && order.approvals.some((approval) => approval.membershipId === member.id && !approval.agreedAt);
}

export function hasAgreed(order: Order, member: Member): boolean {
  return order.approvals.some((approval) => approval.membershipId === member.id && approval.agreedAt !== null);
}

/** Return to draft: the drafter, while in review. */
export function mayReturnToDraft(order: Pick<Order, "status">, member: Member): boolean {
  return order.status === "IN_REVIEW" && can(member.roles, "orders.draft");
}

export function allAgreed(order: Order): boolean {
  return order.approvals.every((approval) => approval.agreedAt !== null);
}

/** Sign: the director, once in review and agreed by everyone on the sheet. */
export function maySign(order: Order, member: Member): boolean {
  return order.status === "IN_REVIEW" && can(member.roles, "orders.sign") && allAgreed(order);
}

/** Everything the order's page needs to know about the member's steps. */
export function orderSteps(order: Order, member: Member) {
  return {
    changeDraft: mayChangeDraft(order, member),
    agree: awaitsAgreementOf(order, member),
    returnToDraft: mayReturnToDraft(order, member),
    /** A signer sees the signing card in review, with the reason when it is not yet possible. */
    signer: order.status === "IN_REVIEW" && can(member.roles, "orders.sign"),
    sign: maySign(order, member),
  };
}

export const ORDER_REFUSALS = {
  draftOnly: "Изменять можно только проект приказа. Верните приказ на доработку.",
  submitDraftOnly: "На согласование направляется только проект.",
  deleteDraftOnly: "Удалить можно только проект приказа.",
  notAwaiting: "Этот приказ не ждёт вашего согласования.",
  returnInReviewOnly: "Вернуть на доработку можно только приказ на согласовании.",
  signInReviewOnly: "Подписать можно только приказ, прошедший согласование.",
  notAllAgreed: "Приказ согласовали ещё не все из листа согласования.",
} as const;
