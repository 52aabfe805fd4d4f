import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { can } from "@/lib/access/permissions";
import { recordTenantAudit } from "@/lib/audit/record";
import { backTo, fileResponse, fromSameOrigin, tooLarge, storeFile, uploadProblem } from "@/lib/files/upload";
import { isResponsible } from "@/lib/roadmap/views";

/** POST …/activities/<id>/evidence: a document proving the activity (protocol, photo report, …). */
export const uploadEvidenceFile = tenantRoute({
  name: "roadmap.uploadEvidence",
  permission: "roadmap.updateOwn",
  handle: async ({ ctx, request, params }) => {
    const page = `/o/${ctx.organisation.slug}/programmes/${params.programmeId ?? ""}/activities/${params.activityId ?? ""}`;
    if (!fromSameOrigin(request)) return new Response("Запрос с чужого сайта отклонён.", { status: 403 });
    if (tooLarge(request)) return backTo(request, page, "too-large");
    const form = await request.formData().catch(() => null);
    const file = form?.get("document");
    const title = String(form?.get("title") ?? "").trim().slice(0, 300);
    return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const activity = await tx.roadmapActivity.findFirst({
        where: { id: idOrNotFound(params.activityId), programmeId: idOrNotFound(params.programmeId), organisationId: ctx.organisation.id },
        select: { id: true, title: true, responsibleRoles: true, responsibleMembershipIds: true, programme: { select: { status: true } } },
      });
      if (!activity || activity.programme.status === "COMPLETED") throw new NotFoundError();
      if (!can(ctx.membership.roles, "roadmap.edit") && !isResponsible(activity, ctx.membership)) throw new NotFoundError();
      const problem = uploadProblem(file);
      if (problem || !(file instanceof File)) return backTo(request, page, problem ?? "empty");
      const stored = await storeFile(tx, ctx, file);
      const evidence = await tx.activityEvidence.create({
        data: { organisationId: ctx.organisation.id, activityId: activity.id, fileId: stored.id, title: title || file.name, addedById: ctx.user.id },
        select: { id: true },
      });
      await recordTenantAudit(tx, ctx, "roadmap.evidence_added", { type: "activity_evidence", id: evidence.id }, { activity: activity.title, file: file.name });
      return backTo(request, page, "saved");
    });
  },
});

/** GET /o/<slug>/evidence/<id>/file: a stored document attached as evidence. */
export const downloadEvidenceFile = tenantRoute({
  name: "roadmap.downloadEvidence",
  permission: "programmes.view",
  handle: async ({ ctx, params }) => {
    const file = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const evidence = await tx.activityEvidence.findFirst({
        where: { id: idOrNotFound(params.evidenceId), organisationId: ctx.organisation.id },
        select: { file: { select: { name: true, mimeType: true, content: true } } },
      });
      return evidence?.file ?? null;
    });
    if (!file) throw new NotFoundError();
    return fileResponse(file);
  },
});
