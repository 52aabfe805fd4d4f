import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { publicOrigin } from "@/lib/http/public-origin";
import { detectFileKind, isLegacyOffice } from "@/lib/files/detect";
import { DOCUMENT_KINDS, FILE_KINDS, type FileKind } from "@/lib/files/kinds";
import { cleanFileName } from "@/lib/files/names";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * A body above this is refused from its Content-Length, before it is read. Up to it the body
 * is read and the file itself measured, so a file just over MAX_UPLOAD_BYTES gets "too-large"
 * rather than arriving cut short: next.config.ts lets the proxy buffer bodies of this size
 * (experimental.proxyClientMaxBodySize; Next's default of 10 MB truncates them silently).
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export type UploadProblem = "empty" | "too-large" | "wrong-type" | "old-format";

export function tooLarge(request: Request): boolean {
  return Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES;
}

/**
 * Only a form of this site may post: the browser's Origin must be the site's public origin
 * (lib/http/public-origin.ts). A request without Origin (not a browser form) passes unless
 * the browser says it came from another site.
 */
export function fromSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") !== "cross-site";
  return origin === publicOrigin(request.headers);
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** What is wrong with an uploaded file, judged by its bytes; null when it is one of `accepted`. */
export async function uploadProblem(file: FormDataEntryValue | null | undefined, accepted: readonly FileKind[] = DOCUMENT_KINDS): Promise<UploadProblem | null> {
  if (!(file instanceof File) || file.size === 0) return "empty";
  if (file.size > MAX_UPLOAD_BYTES) return "too-large";
  const bytes = await bytesOf(file);
  const kind = detectFileKind(bytes);
  if (kind && accepted.includes(kind)) return null;
  return isLegacyOffice(bytes) && accepted.includes("docx") ? "old-format" : "wrong-type";
}

/**
 * Back to the page the form was on, with a notice it shows (PRG: a reload does not post again).
 * The Location is relative, so the browser stays on the address it used.
 */
export function backTo(path: string, notice: UploadProblem | "invalid" | "saved"): Response {
  const url = new URL(path, "http://relative.invalid");
  url.searchParams.set("upload", notice);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}`, "cache-control": "no-store" } });
}

/** Stores a file that passed uploadProblem: under its cleaned name and the type its bytes show. */
export async function storeFile(tx: Tx, ctx: TenantContext, file: File): Promise<{ id: string; name: string }> {
  const content = await bytesOf(file);
  const kind = detectFileKind(content);
  if (!kind) throw new Error("storeFile: a file of unknown type (was uploadProblem asked?)");
  return tx.storedFile.create({
    data: {
      organisationId: ctx.organisation.id,
      name: cleanFileName(file.name, kind),
      mimeType: FILE_KINDS[kind].mimeType,
      size: content.length,
      content: Buffer.from(content),
      uploadedById: ctx.user.id,
    },
    select: { id: true, name: true },
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
