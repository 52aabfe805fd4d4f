import type { z } from "zod";
import type { Permission } from "@/lib/access/permissions";
import { tenantRoute } from "@/lib/actions/server";
import { auditedWork } from "@/lib/actions/define";
import { formDataToObject } from "@/lib/actions/form-data";
import { inTenant, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { DOCUMENT_KINDS, type FileKind } from "@/lib/files/kinds";
import { backTo, fromSameOrigin, storeFile, tooLarge, uploadProblem } from "@/lib/files/upload";

type Params = Record<string, string>;

export type StoredUpload = { id: string; name: string; size: number };

/**
 * A file sent by a plain multipart form (it works without JavaScript) to a record of the
 * organisation: an order's scan, an activity's evidence, and later consents and reports.
 */
export type UploadDefinition<T, F> = {
  name: string;
  permission: Permission;
  /** The page the form is on: the browser goes back there with a notice (lib/files/upload.ts backTo). */
  page(ctx: TenantContext, params: Params): string;
  /** The form field with the file, and the kinds its bytes may show. */
  fileField: string;
  accepted?: readonly FileKind[];
  /** The form's other fields; an invalid value goes back with the notice "invalid". */
  fields: z.ZodType<F>;
  /** The record the file is for; throws NotFoundError when the caller may not reach it. */
  target(tx: Tx, ctx: TenantContext, params: Params): Promise<T>;
  /** Links the stored file to the record and writes the audit record (without one the upload fails). */
  attach(args: { tx: Tx; ctx: TenantContext; target: T; file: StoredUpload; fields: F }): Promise<void>;
};

/**
 * The one upload pipeline: same-origin form → size from Content-Length → fields (zod) → the
 * record, under RLS → the file judged by its bytes → stored and attached with its audit
 * record, in one transaction.
 */
export function tenantUpload<T, F>(definition: UploadDefinition<T, F>) {
  return tenantRoute({
    name: definition.name,
    permission: definition.permission,
    handle: async ({ ctx, request, params }) => {
      const page = definition.page(ctx, params);
      if (!fromSameOrigin(request)) return new Response("Запрос с чужого сайта отклонён.", { status: 403 });
      if (tooLarge(request)) return backTo(page, "too-large");
      const form = await request.formData().catch(() => null);
      const fields = definition.fields.safeParse(form ? formDataToObject(form) : {});
      const file = form?.get(definition.fileField);
      return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
        const target = await definition.target(tx, ctx, params);
        if (!fields.success) return backTo(page, "invalid");
        const problem = await uploadProblem(file, definition.accepted ?? DOCUMENT_KINDS);
        if (problem || !(file instanceof File)) return backTo(page, problem ?? "empty");
        await auditedWork(definition.name, tx, async () => {
          const stored = await storeFile(tx, ctx, file);
          await definition.attach({ tx, ctx, target, file: { ...stored, size: file.size }, fields: fields.data });
        });
        return backTo(page, "saved");
      });
    },
  });
}
