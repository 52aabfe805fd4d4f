import { z } from "zod";
import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound, orNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { attachOrderScan } from "@/lib/orders/documents/scan-record";
import { SCAN_KINDS } from "@/lib/files/kinds";
import { fileResponse } from "@/lib/files/upload";
import { tenantUpload } from "@/lib/files/upload-route";

/** POST /o/<slug>/orders/<id>/scan: the scan of the signed paper original (PDF, JPEG or PNG, up to 10 MB). */
export const uploadOrderScan = tenantUpload({
  name: "orders.uploadScan",
  permission: "orders.draft",
  page: (ctx, params) => `/o/${ctx.organisation.slug}/orders/${params.orderId ?? ""}`,
  fileField: "scan",
  accepted: SCAN_KINDS,
  fields: z.object({}),
  target: async (tx, ctx, params) =>
    orNotFound(
      await tx.order.findFirst({
        where: { id: idOrNotFound(params.orderId), organisationId: ctx.organisation.id, status: { in: ["SIGNED", "CANCELLED"] } },
        select: { id: true },
      }),
    ),
  attach: ({ tx, ctx, target: order, file }) => attachOrderScan(tx, ctx, order.id, file),
});

/** GET /o/<slug>/orders/<id>/scan: the attached scan. */
export const downloadOrderScan = tenantRoute({
  name: "orders.downloadScan",
  permission: "orders.view",
  handle: async ({ ctx, params }) => {
    const scan = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const order = await tx.order.findFirst({
        where: { id: idOrNotFound(params.orderId), organisationId: ctx.organisation.id },
        select: { scan: { select: { name: true, mimeType: true, content: true } } },
      });
      return order?.scan ?? null;
    });
    if (!scan) throw new NotFoundError();
    return fileResponse(scan);
  },
});
