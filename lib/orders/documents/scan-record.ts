import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { recordTenantAudit } from "@/lib/audit/record";

/**
 * Every scan attached to an order stays in its history (order_scans: no UPDATE or DELETE for
 * the app role, and a trigger keeps their stored files); the order points at the newest.
 */
export async function attachOrderScan(tx: Tx, ctx: TenantContext, orderId: string, file: { id: string; name: string; size: number }): Promise<void> {
  await tx.orderScan.create({ data: { organisationId: ctx.organisation.id, orderId, fileId: file.id, attachedById: ctx.user.id } });
  await tx.order.update({ where: { id: orderId }, data: { scanFileId: file.id } });
  await recordTenantAudit(tx, ctx, "order.scan_attached", { type: "order", id: orderId }, { file: file.name, size: file.size });
}
