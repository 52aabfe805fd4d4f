"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { draftOrderSchema, numberingSchema, orderIdSchema, signOrderSchema, submitOrderSchema, updateOrderSchema } from "@/lib/orders/schemas";
import {
  agreeOrder,
  deleteDraftOrder,
  draftOrder,
  returnOrderToDraft,
  setNumberingPattern,
  signOrder,
  submitOrderForReview,
  updateDraftOrder,
} from "@/lib/orders/service";
import type { OrderType } from "@/lib/generated/prisma/enums";

export const draftOrderAction = tenantFormAction({
  name: "orders.draft",
  permission: "orders.draft",
  input: draftOrderSchema,
  run: async ({ ctx, input, tx }) => {
    const { orderId } = await draftOrder(tx, ctx, { ...input, type: input.type as OrderType });
    return { orderId };
  },
  success: "Проект приказа создан: проверьте и отредактируйте текст.",
});

export const updateOrderAction = tenantFormAction({
  name: "orders.update",
  permission: "orders.draft",
  input: updateOrderSchema,
  run: ({ ctx, input, tx }) => updateDraftOrder(tx, ctx, input),
  success: "Проект приказа сохранён.",
});

export const submitOrderAction = tenantFormAction(
  {
    name: "orders.submit",
    permission: "orders.draft",
    input: submitOrderSchema,
    run: ({ ctx, input, tx }) => submitOrderForReview(tx, ctx, input),
    success: "Приказ направлен на согласование.",
  },
  { arrayFields: ["approverMembershipIds"] },
);

export const agreeOrderAction = tenantFormAction({
  name: "orders.agree",
  permission: "orders.agree",
  input: orderIdSchema,
  run: ({ ctx, input, tx }) => agreeOrder(tx, ctx, input.orderId),
  success: "Приказ согласован.",
});

export const returnOrderAction = tenantFormAction({
  name: "orders.return",
  permission: "orders.draft",
  input: orderIdSchema,
  run: ({ ctx, input, tx }) => returnOrderToDraft(tx, ctx, input.orderId),
  success: "Приказ возвращён на доработку.",
});

export const deleteOrderAction = tenantFormAction({
  name: "orders.delete",
  permission: "orders.draft",
  input: orderIdSchema,
  run: ({ ctx, input, tx }) => deleteDraftOrder(tx, ctx, input.orderId),
  success: "Проект приказа удалён.",
});

export const signOrderAction = tenantFormAction({
  name: "orders.sign",
  permission: "orders.sign",
  input: signOrderSchema,
  run: async ({ ctx, input, tx }) => signOrder(tx, ctx, input),
  success: "Приказ подписан и зарегистрирован в журнале.",
});

export const setNumberingAction = tenantFormAction({
  name: "orders.numbering",
  permission: "orders.sign",
  input: numberingSchema,
  run: ({ ctx, input, tx }) => setNumberingPattern(tx, ctx, input.pattern),
  success: "Шаблон номера сохранён: он применяется к следующим подписанным приказам.",
});
