import JSZip from "jszip";
import { expect, type APIRequestContext, type Download } from "@playwright/test";
import { readFile } from "node:fs/promises";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The text of a .docx body (word/document.xml), one line per paragraph: the runs of a
 * paragraph joined, tabs kept as "\t". Word may split a sentence into several runs, so
 * look for text in these lines rather than in the raw XML.
 */
export async function docxParagraphs(content: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("The file has no word/document.xml: not a .docx");
  return xml
    .split("</w:p>")
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => (match[1] === undefined ? "\t" : decode(match[1]))).join(""),
    )
    .filter((line) => line.trim().length > 0);
}

export async function docxText(content: Buffer): Promise<string> {
  return (await docxParagraphs(content)).join("\n");
}

/** The bytes of a finished download. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** GETs a .docx the way the page's link does and returns its body text. */
export async function fetchDocxText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe(DOCX_CONTENT_TYPE);
  return docxText(await response.body());
}

/** A small but well-formed one-page PDF, as a scanner would produce (with a text line to tell copies apart). */
export function onePagePdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${line.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
