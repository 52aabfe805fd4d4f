import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { publicLink } from "@/lib/http/public-origin";
import { orderDocx } from "@/lib/orders/documents/docx";
import { orderDocumentOf } from "@/lib/orders/documents/contents";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** GET /o/<slug>/orders/<id>/docx: the order as Word, a draft marked «ПРОЕКТ», its QR on the public address. */
export const downloadOrderDocx = tenantRoute({
  name: "orders.docx",
  permission: "orders.view",
  handle: async ({ ctx, request, params }) => {
    const orderId = idOrNotFound(params.orderId);
    const order = await orderDocumentOf(ctx, orderId);
    if (!order) throw new NotFoundError();
    const buffer = await orderDocx({ ...order, verificationUrl: publicLink(request, `/o/${ctx.organisation.slug}/orders/${orderId}`) });
    const fileName = (order.number ? `Приказ № ${order.number}.docx` : "Проект приказа.docx").replace(/[\\/:*?"<>|]/g, "-");
    return new Response(new Uint8Array(buffer), {
      headers: {
        "content-type": DOCX,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "cache-control": "no-store",
      },
    });
  },
});
