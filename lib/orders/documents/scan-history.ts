import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { fileResponse } from "@/lib/files/upload";
import { fullName } from "@/lib/i18n/format";
import type { TenantContext } from "@/lib/tenancy/context";

export type PreviousScan = { id: string; fileName: string; attachedBy: string | null; attachedAt: Date };

/** The scans an order had before its current one, newest first. */
export async function previousOrderScans(ctx: TenantContext, orderId: string): Promise<PreviousScan[]> {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
    const order = await tx.order.findFirst({ where: { id: orderId, organisationId: ctx.organisation.id }, select: { scanFileId: true } });
    if (!order?.scanFileId) return [];
    const scans = await tx.orderScan.findMany({
      where: { orderId, organisationId: ctx.organisation.id, fileId: { not: order.scanFileId } },
      orderBy: [{ attachedAt: "desc" }, { id: "desc" }],
      select: { id: true, attachedById: true, attachedAt: true, file: { select: { name: true } } },
    });
    const people = await tx.user.findMany({
      where: { id: { in: scans.flatMap((scan) => (scan.attachedById ? [scan.attachedById] : [])) } },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    });
    const byId = new Map(people.map((person) => [person.id, fullName(person)]));
    return scans.map((scan) => ({
      id: scan.id,
      fileName: scan.file.name,
      attachedBy: scan.attachedById ? (byId.get(scan.attachedById) ?? null) : null,
      attachedAt: scan.attachedAt,
    }));
  });
}

/** GET /o/<slug>/orders/<id>/scans/<scanId>: one version of the order's scan. */
export const downloadOrderScanVersion = tenantRoute({
  name: "orders.downloadScanVersion",
  permission: "orders.view",
  handle: async ({ ctx, params }) => {
    const scan = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
      tx.orderScan.findFirst({
        where: { id: idOrNotFound(params.scanId), orderId: idOrNotFound(params.orderId), organisationId: ctx.organisation.id },
        select: { file: { select: { name: true, mimeType: true, content: true } } },
      }),
    );
    if (!scan) throw new NotFoundError();
    return fileResponse(scan.file);
  },
});
