import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Documents a school files: scans and office documents, nothing that a browser would run. */
const ACCEPTED_TYPES = new Set([
  "application/pdf",
  "image/jpeg",
  "image/png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/msword",
  "application/vnd.ms-excel",
]);

export type UploadProblem = "empty" | "too-large" | "wrong-type";

/** Refuses an oversized body before reading it into memory (the multipart envelope adds a little). */
export function tooLarge(request: Request): boolean {
  return Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 512 * 1024;
}

/** Only a form of this site may post: the browser's Origin must be ours. */
export function fromSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin === null || origin === new URL(request.url).origin;
}

export function uploadProblem(file: FormDataEntryValue | null | undefined, accepted: ReadonlySet<string> = ACCEPTED_TYPES): UploadProblem | null {
  if (!(file instanceof File) || file.size === 0) return "empty";
  if (file.size > MAX_UPLOAD_BYTES) return "too-large";
  if (!accepted.has(file.type)) return "wrong-type";
  return null;
}

/** Back to the page the form was on, with a notice it shows (PRG: a reload does not post again). */
export function backTo(request: Request, path: string, notice: UploadProblem | "saved"): Response {
  const url = new URL(path, request.url);
  url.searchParams.set("upload", notice);
  return Response.redirect(url, 303);
}

export async function storeFile(tx: Tx, ctx: TenantContext, file: File): Promise<{ id: string }> {
  return tx.storedFile.create({
    data: {
      organisationId: ctx.organisation.id,
      name: file.name.slice(0, 200),
      mimeType: file.type,
      size: file.size,
      content: Buffer.from(await file.arrayBuffer()),
      uploadedById: ctx.user.id,
    },
    select: { id: true },
  });
}

export function fileResponse(file: { name: string; mimeType: string; content: Uint8Array }): Response {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export const SCAN_TYPES: ReadonlySet<string> = new Set(["application/pdf", "image/jpeg", "image/png"]);
