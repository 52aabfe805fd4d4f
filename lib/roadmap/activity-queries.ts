import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { can } from "@/lib/access/permissions";
import { fullName } from "@/lib/i18n/format";
import { staffOptions } from "@/lib/programmes/queries";
import { activityRights } from "@/lib/roadmap/policy";

/** The newest signed orders are offered as evidence. */
const EVIDENCE_ORDERS_LIMIT = 100;

/**
 * One activity's page in one transaction: the activity with its evidence and comments, what
 * the member may do with it (the roadmap's policy), and only the choices those rights need —
 * the stages and staff for the editor, the newest signed orders for whoever adds evidence.
 */
export async function getActivityPage(ctx: TenantContext, programmeId: string, activityId: string) {
  const organisationId = ctx.organisation.id;
  return inTenant({ organisationId, userId: ctx.user.id }, async (tx) => {
    const activity = await tx.roadmapActivity.findFirst({
      where: { id: activityId, programmeId, organisationId },
      include: {
        evidence: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, url: true, orderId: true, fileId: true } },
        comments: { orderBy: { createdAt: "asc" }, take: 200, select: { id: true, text: true, createdAt: true, authorUserId: true } },
        programme: { select: { title: true, status: true } },
        stage: { select: { title: true } },
      },
    });
    if (!activity) return null;
    const authors = await tx.user.findMany({
      where: { id: { in: [...new Set(activity.comments.map((comment) => comment.authorUserId))] } },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    });
    const authorName = new Map(authors.map((author) => [author.id, fullName(author)]));
    const rights = activityRights(ctx.membership, activity, activity.programme);
    const stages = rights.edit
      ? await tx.roadmapStage.findMany({ where: { programmeId, organisationId }, orderBy: { position: "asc" }, select: { id: true, title: true } })
      : [];
    const staff = rights.edit ? await staffOptions(tx, organisationId) : [];
    const orders =
      rights.addEvidence && can(ctx.membership.roles, "orders.view")
        ? await tx.order.findMany({
            where: { organisationId, status: "SIGNED" },
            orderBy: [{ numberYear: "desc" }, { sequence: "desc" }],
            take: EVIDENCE_ORDERS_LIMIT,
            select: { id: true, number: true, title: true, signedOn: true },
          })
        : [];
    return {
      activity: { ...activity, comments: activity.comments.map((comment) => ({ ...comment, author: authorName.get(comment.authorUserId) ?? "—" })) },
      rights,
      stages,
      staff,
      orders,
    };
  });
}
