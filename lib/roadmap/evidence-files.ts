import { z } from "zod";
import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { optionalText } from "@/lib/actions/form-data";
import { inTenant } from "@/lib/db/scope";
import { fileResponse } from "@/lib/files/upload";
import { tenantUpload } from "@/lib/files/upload-route";
import { mayAddEvidence } from "@/lib/roadmap/policy";
import { attachEvidenceFile } from "@/lib/roadmap/service";

/** POST …/activities/<id>/evidence: a document proving the activity (protocol, photo report, …). */
export const uploadEvidenceFile = tenantUpload({
  name: "roadmap.uploadEvidence",
  permission: "roadmap.updateOwn",
  page: (ctx, params) => `/o/${ctx.organisation.slug}/programmes/${params.programmeId ?? ""}/activities/${params.activityId ?? ""}`,
  fileField: "document",
  fields: z.object({ title: optionalText("Название документа", 300) }),
  target: async (tx, ctx, params) => {
    const activity = await tx.roadmapActivity.findFirst({
      where: { id: idOrNotFound(params.activityId), programmeId: idOrNotFound(params.programmeId), organisationId: ctx.organisation.id },
      select: { id: true, title: true, responsibleRoles: true, responsibleMembershipIds: true, programme: { select: { status: true } } },
    });
    if (!activity || !mayAddEvidence(ctx.membership, activity, activity.programme)) throw new NotFoundError();
    return activity;
  },
  attach: ({ tx, ctx, target: activity, file, fields }) => attachEvidenceFile(tx, ctx, activity, file, fields.title),
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
