import { z } from "zod";
import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { fileResponse } from "@/lib/files/upload";
import { tenantUpload } from "@/lib/files/upload-route";
import { attachAgreementFile } from "@/lib/partners/service";

/** POST /o/<slug>/partners/<id>/agreements/<agreementId>/file: the signed agreement. */
export const uploadAgreementFile = tenantUpload({
  name: "partners.uploadAgreement",
  permission: "partners.manage",
  page: (ctx, params) => `/o/${ctx.organisation.slug}/partners/${params.partnerId ?? ""}`,
  fileField: "document",
  fields: z.object({}),
  target: async (tx, ctx, params) => {
    const agreement = await tx.partnerAgreement.findFirst({
      where: { id: idOrNotFound(params.agreementId), partnerId: idOrNotFound(params.partnerId), organisationId: ctx.organisation.id },
      select: { id: true, number: true, partnerId: true },
    });
    if (!agreement) throw new NotFoundError();
    return agreement;
  },
  attach: ({ tx, ctx, target, file }) => attachAgreementFile(tx, ctx, target, file),
});

/** GET /o/<slug>/partners/<id>/agreements/<agreementId>/file */
export const downloadAgreementFile = tenantRoute({
  name: "partners.downloadAgreement",
  permission: "partners.view",
  handle: async ({ ctx, params }) => {
    const file = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
      const agreement = await tx.partnerAgreement.findFirst({
        where: { id: idOrNotFound(params.agreementId), partnerId: idOrNotFound(params.partnerId), organisationId: ctx.organisation.id },
        select: { file: { select: { name: true, mimeType: true, content: true } } },
      });
      return agreement?.file ?? null;
    });
    if (!file) throw new NotFoundError();
    return fileResponse(file);
  },
});
