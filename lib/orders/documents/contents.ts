import { inTenant } from "@/lib/db/scope";
import { appendixMark } from "@/lib/documents/layout";
import { formatDate, initials, initialsOfFullName } from "@/lib/i18n/format";
import { documentOrganisation, type DocumentOrganisationRecord } from "@/lib/organisations/queries";
import { getOrder, type OrderDetails } from "@/lib/orders/queries";
import { APPROVAL_APPENDICES } from "@/lib/orders/templates";
import { acquaintedPeople, type Member } from "@/lib/orders/documents/acquaintance";
import type { OrderAppendix, OrderDocument } from "@/lib/orders/documents/docx";
import { programmePages } from "@/lib/programmes/document";
import { getRoadmap, type RoadmapView } from "@/lib/roadmap/queries";
import { roadmapPages } from "@/lib/roadmap/export/docx";
import type { TenantContext } from "@/lib/tenancy/context";

/** The order's .docx but for the QR's link, which comes from the request. */
export type OrderContents = Omit<OrderDocument, "verificationUrl">;

/** An order approving a programme carries what it approves: the programme and its roadmap. */
function approvalAppendices(order: OrderContents, roadmap: RoadmapView, organisation: DocumentOrganisationRecord): OrderAppendix[] {
  return [
    { landscape: false, children: programmePages(roadmap.programme, organisation, appendixMark(APPROVAL_APPENDICES.programme, order), APPROVAL_APPENDICES.roadmap) },
    { landscape: true, children: roadmapPages(roadmap, organisation, appendixMark(APPROVAL_APPENDICES.roadmap, order)) },
  ];
}

/** Who the order names by record: the curator it appoints; for a programme, its curator and the roadmap's responsible people. */
function namedByRecord(order: OrderDetails, roadmap: RoadmapView | null): string[] {
  return [
    ...(order.effect.curatorMembershipId ? [order.effect.curatorMembershipId] : []),
    ...(roadmap?.programme.curatorMembershipId ? [roadmap.programme.curatorMembershipId] : []),
    ...(roadmap?.stages.flatMap((stage) => stage.activities.flatMap((activity) => activity.responsibleMembershipIds)) ?? []),
  ];
}

/** Everything the order's .docx prints, read under the member's tenant scope; null when there is no such order. */
export async function orderDocumentOf(ctx: TenantContext, orderId: string): Promise<OrderContents | null> {
  const order = await getOrder(ctx, orderId);
  if (!order) return null;
  const { organisation, members } = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => ({
    organisation: await documentOrganisation(tx, ctx.organisation.id),
    members: await tx.membership.findMany({
      where: { organisationId: ctx.organisation.id },
      take: 2000,
      select: { id: true, position: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
    }),
  }));
  const roadmap = order.type === "APPROVE_PROGRAMME" && order.programmeId ? await getRoadmap(ctx, order.programmeId) : null;
  const people: Member[] = members.map((member) => ({ id: member.id, position: member.position, ...member.user }));
  const document: OrderContents = {
    organisation,
    title: order.title,
    preamble: order.preamble,
    points: order.points,
    number: order.number,
    signedOn: order.signedOn ? formatDate(order.signedOn, "UTC") : null,
    signerName: order.signedBy ? initials(order.signedBy, true) : initialsOfFullName(organisation.directorName),
    acquainted: acquaintedPeople([order.title, order.preamble, ...order.points].join("\n"), people, namedByRecord(order, roadmap)),
    appendices: [],
  };
  return roadmap ? { ...document, appendices: approvalAppendices(document, roadmap, organisation) } : document;
}
