import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { recordTenantAudit } from "@/lib/audit/record";
import { backTo, fileResponse, fromSameOrigin, tooLarge, SCAN_TYPES, storeFile, uploadProblem } from "@/lib/files/upload";

/** POST /o/<slug>/orders/<id>/scan: the scan of the signed paper original (PDF, JPEG or PNG, up to 10 MB). */
export const uploadOrderScan = tenantRoute({
  name: "orders.uploadScan",
  permission: "orders.draft",
  handle: async ({ ctx, request, params }) => {
    const page = `/o/${ctx.organisation.slug}/orders/${params.orderId ?? ""}`;
    if (!fromSameOrigin(request)) return new Response("Запрос с чужого сайта отклонён.", { status: 403 });
    if (tooLarge(request)) return backTo(request, page, "too-large");
    const file = (await request.formData().catch(() => null))?.get("scan");
    return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const order = await tx.order.findFirst({
        where: { id: idOrNotFound(params.orderId), organisationId: ctx.organisation.id, status: { in: ["SIGNED", "CANCELLED"] } },
        select: { id: true },
      });
      if (!order) throw new NotFoundError();
      const problem = uploadProblem(file, SCAN_TYPES);
      if (problem || !(file instanceof File)) return backTo(request, page, problem ?? "empty");
      const stored = await storeFile(tx, ctx, file);
      await tx.order.update({ where: { id: order.id }, data: { scanFileId: stored.id } });
      await recordTenantAudit(tx, ctx, "order.scan_attached", { type: "order", id: order.id }, { file: file.name, size: file.size });
      return backTo(request, page, "saved");
    });
  },
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
