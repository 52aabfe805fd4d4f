import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { recordTenantAudit } from "@/lib/audit/record";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set(["application/pdf", "image/jpeg", "image/png"]);

function back(request: Request, path: string, notice: string): Response {
  const url = new URL(path, request.url);
  url.searchParams.set("scan", notice);
  return Response.redirect(url, 303);
}

/** Only a form of this site may post: the browser's Origin must be ours. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin === null || origin === new URL(request.url).origin;
}

/** POST /o/<slug>/orders/<id>/scan: the scan of the signed paper original (PDF, JPEG or PNG, up to 10 MB). */
export const uploadOrderScan = tenantRoute({
  name: "orders.uploadScan",
  permission: "orders.draft",
  handle: async ({ ctx, request, params }) => {
    const page = `/o/${ctx.organisation.slug}/orders/${params.orderId ?? ""}`;
    if (!sameOrigin(request)) return new Response("Запрос с чужого сайта отклонён.", { status: 403 });
    const form = await request.formData().catch(() => null);
    const file = form?.get("scan");
    return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const order = await tx.order.findFirst({
        where: { id: idOrNotFound(params.orderId), organisationId: ctx.organisation.id, status: { in: ["SIGNED", "CANCELLED"] } },
        select: { id: true },
      });
      if (!order) throw new NotFoundError();
      if (!(file instanceof File) || file.size === 0) return back(request, page, "empty");
      if (file.size > MAX_BYTES) return back(request, page, "too-large");
      if (!ACCEPTED.has(file.type)) return back(request, page, "wrong-type");
      const stored = await tx.storedFile.create({
        data: {
          organisationId: ctx.organisation.id,
          name: file.name.slice(0, 200),
          mimeType: file.type,
          size: file.size,
          content: Buffer.from(await file.arrayBuffer()),
          uploadedById: ctx.user.id,
        },
        select: { id: true },
      });
      await tx.order.update({ where: { id: order.id }, data: { scanFileId: stored.id } });
      await recordTenantAudit(tx, ctx, "order.scan_attached", { type: "order", id: order.id }, { file: file.name, size: file.size });
      return back(request, page, "saved");
    });
  },
});

/** GET /o/<slug>/orders/<id>/scan: the attached scan. */
export const downloadOrderScan = tenantRoute({
  name: "orders.downloadScan",
  permission: "orders.view",
  handle: async ({ ctx, params }) => {
    const scan = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const order = await tx.order.findFirst({ where: { id: idOrNotFound(params.orderId), organisationId: ctx.organisation.id }, select: { scan: { select: { name: true, mimeType: true, content: true } } } });
      return order?.scan ?? null;
    });
    if (!scan) throw new NotFoundError();
    return new Response(new Uint8Array(scan.content), {
      headers: {
        "content-type": scan.mimeType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(scan.name)}`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
