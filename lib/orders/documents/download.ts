import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { formatDate, initials } from "@/lib/i18n/format";
import { getOrder } from "@/lib/orders/queries";
import { orderDocx } from "@/lib/orders/documents/docx";
import { inTenant } from "@/lib/db/scope";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function signatureName(name: { lastName: string; firstName: string; middleName?: string | null } | null, directorName: string): string {
  if (name) return initials(name, true);
  const [lastName = "", firstName = "", middleName] = directorName.split(/\s+/);
  return initials({ lastName, firstName, middleName }, true);
}

/** GET /o/<slug>/orders/<id>/docx: the order as Word, a draft marked «ПРОЕКТ». */
export const downloadOrderDocx = tenantRoute({
  name: "orders.docx",
  permission: "orders.view",
  handle: async ({ ctx, request, params }) => {
    const order = await getOrder(ctx, idOrNotFound(params.orderId));
    if (!order) throw new NotFoundError();
    const organisation = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
      tx.organisation.findUniqueOrThrow({ where: { id: ctx.organisation.id }, select: { fullName: true, shortName: true, locality: true, directorName: true } }),
    );
    const origin = new URL(request.url).origin;
    const buffer = await orderDocx({
      organisation,
      title: order.title,
      preamble: order.preamble,
      points: order.points,
      number: order.number,
      signedOn: order.signedOn ? formatDate(order.signedOn, "UTC") : null,
      signerName: signatureName(order.signedBy, organisation.directorName),
      acquainted: [order.curatorName, ...order.approvals.map((a) => a.name)].filter((name): name is string => Boolean(name)),
      verificationUrl: `${origin}/o/${ctx.organisation.slug}/orders/${order.id}`,
    });
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
