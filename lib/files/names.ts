import { FILE_KINDS, type FileKind } from "@/lib/files/kinds";

export const MAX_FILE_NAME_LENGTH = 120;

/** Control characters, bidi controls and other invisible format characters (U+202E makes «exe.pdf» of «fdp.exe»). */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Characters no desktop accepts in a file name. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The name a stored file keeps: the last part of whatever path the browser sent, without
 * invisible or reserved characters, bounded, and ending with an extension of its detected kind
 * («Скан.PDF» → «Скан.pdf», «отчёт.exe» that is a PDF → «отчёт.exe.pdf»).
 */
export function cleanFileName(name: string, kind: FileKind): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const visible = base.normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "_").replace(/\s+/g, " ");
  const trimmed = visible.replace(/^[\s.]+|[\s.]+$/g, "");
  const dot = trimmed.lastIndexOf(".");
  const extension = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : "";
  const { extensions } = FILE_KINDS[kind];
  const kept = (extensions as readonly string[]).includes(extension);
  const stem = (kept ? trimmed.slice(0, dot) : trimmed) || "файл";
  const suffix = `.${kept ? extension : extensions[0]}`;
  return `${[...stem].slice(0, MAX_FILE_NAME_LENGTH - suffix.length).join("").trimEnd()}${suffix}`;
}
