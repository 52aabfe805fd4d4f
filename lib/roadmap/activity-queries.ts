import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { can } from "@/lib/access/permissions";
import { fullName } from "@/lib/i18n/format";
import { staffOptions } from "@/lib/programmes/queries";
import { activityRights } from "@/lib/roadmap/policy";

/** The newest signed orders are offered as evidence. */
const EVIDENCE_ORDERS_LIMIT = 100;
const COMMENTS_LIMIT = 200;

type CommentRow = { id: string; text: string; createdAt: Date; lastName: string | null; firstName: string | null; middleName: string | null };

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
        programme: { select: { title: true, status: true } },
        stage: { select: { title: true } },
      },
    });
    if (!activity) return null;
    // With their authors in one statement, however many comments there are.
    const comments = await tx.$queryRaw<CommentRow[]>`
      select c.id, c.text, c.created_at as "createdAt", u.last_name as "lastName", u.first_name as "firstName", u.middle_name as "middleName"
        from activity_comments c left join users u on u.id = c.author_user_id
       where c.organisation_id = ${organisationId}::uuid and c.activity_id = ${activityId}::uuid
       order by c.created_at limit ${COMMENTS_LIMIT}`;
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
      activity: {
        ...activity,
        comments: comments.map(({ lastName, firstName, middleName, ...comment }) => ({ ...comment, author: lastName && firstName ? fullName({ lastName, firstName, middleName }) : "—" })),
      },
      rights,
      stages,
      staff,
      orders,
    };
  });
}
