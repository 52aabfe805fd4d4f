// Reading generated .docx and .xlsx back, for the tests that check what a school prints.
import JSZip from "jszip";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import ExcelJS from "exceljs";
import { expect } from "vitest";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);

export type DocxParts = {
  /** word/document.xml as it is. */
  xml: string;
  /** The text of the body, one line per paragraph. */
  lines: string[];
  /** The whole text, runs joined. */
  text: string;
  /** Each section's XML (the w:sectPr closing it) with its paragraphs and tables. */
  sections: string[];
  files: string[];
  /** What the QR codes among the document's images say. */
  qrCodes: string[];
};

function linesOf(xml: string): string[] {
  return xml
    .split("</w:p>")
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => (match[1] === undefined ? "\t" : decode(match[1]))).join(""))
    .filter((line) => line.trim().length > 0);
}

function qrOf(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const files = Object.keys(zip.files);
  const images = files.filter((file) => file.startsWith("word/media/") && file.endsWith(".png"));
  const qrCodes = (await Promise.all(images.map(async (file) => qrOf(Buffer.from((await zip.file(file)?.async("uint8array")) ?? []))))).filter(
    (value): value is string => value !== null,
  );
  const lines = linesOf(xml);
  // A section ends with the paragraph that carries its w:sectPr; the last one's closes the body.
  const sections: string[] = [];
  let start = xml.indexOf("<w:body>") + "<w:body>".length;
  for (let at = xml.indexOf("</w:sectPr>", start); at >= 0; at = xml.indexOf("</w:sectPr>", start)) {
    const closing = at + "</w:sectPr>".length;
    const inParagraph = xml.startsWith("</w:pPr>", closing);
    const end = inParagraph ? xml.indexOf("</w:p>", closing) + "</w:p>".length : closing;
    sections.push(xml.slice(start, end));
    start = end;
  }
  return { xml, lines, text: lines.join("\n"), sections, files, qrCodes };
}


export async function loadWorkbook(buffer: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer instanceof ArrayBuffer ? buffer : (new Uint8Array(buffer).buffer as ArrayBuffer));
  return workbook;
}

/**
 * The print setup every exported sheet has: A4 landscape fitted to the page width, the header
 * row frozen, filtered and repeated on each page, wrapped text, the title rows above it.
 * Returns the header row's number.
 */
export function expectPrintable(sheet: ExcelJS.Worksheet, title: string[]): number {
  const headerRow = title.length + 2;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` });
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
  expect(String(sheet.autoFilter)).toMatch(new RegExp(`^A${headerRow}:[A-Z]+${headerRow}$`));
  title.forEach((line, index) => expect(sheet.getCell(index + 1, 1).text, `title row ${index + 1}`).toBe(line));
  const body = sheet.getRow(headerRow + 1);
  body.eachCell((cell) => expect(cell.alignment?.wrapText, `${cell.address} wraps`).toBe(true));
  expect(sheet.getRow(headerRow).getCell(1).alignment?.wrapText).toBe(true);
  return headerRow;
}
