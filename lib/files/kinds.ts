/**
 * The kinds of file a school may upload: scans and office documents, nothing a browser would
 * run. Legacy binary .doc/.xls are not among them (they cannot be told apart from other OLE
 * files by their first bytes, and carry macros): the notice asks for .docx/.xlsx instead.
 * Client-safe: file inputs build their `accept` attribute from here.
 */
export const FILE_KINDS = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"] },
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mimeType: "image/png", extensions: ["png"] },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

export const DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "docx", "xlsx", "jpeg", "png"];
export const SCAN_KINDS: readonly FileKind[] = ["pdf", "jpeg", "png"];

/** `accept` of a file input: the extensions and the mime types of the kinds. */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => [...FILE_KINDS[kind].extensions.map((extension) => `.${extension}`), FILE_KINDS[kind].mimeType]).join(",");
}
