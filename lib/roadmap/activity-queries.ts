import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";

/** One activity with its evidence and comments, for its own page. */
export async function getActivity(ctx: TenantContext, programmeId: string, activityId: string) {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
    const activity = await tx.roadmapActivity.findFirst({
      where: { id: activityId, programmeId, organisationId: ctx.organisation.id },
      include: {
        evidence: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, url: true, orderId: true, fileId: true } },
        comments: { orderBy: { createdAt: "asc" }, take: 200, select: { id: true, text: true, createdAt: true, authorUserId: true } },
        programme: { select: { title: true, status: true } },
        stage: { select: { title: true } },
      },
    });
    if (!activity) return null;
    const [stages, authors] = [
      await tx.roadmapStage.findMany({ where: { programmeId, organisationId: ctx.organisation.id }, orderBy: { position: "asc" }, select: { id: true, title: true } }),
      await tx.user.findMany({
        where: { id: { in: [...new Set(activity.comments.map((c) => c.authorUserId))] } },
        select: { id: true, lastName: true, firstName: true, middleName: true },
      }),
    ];
    const authorName = new Map(authors.map((author) => [author.id, fullName(author)]));
    return {
      ...activity,
      stages,
      comments: activity.comments.map((comment) => ({ ...comment, author: authorName.get(comment.authorUserId) ?? "—" })),
    };
  });
}
