import ExcelJS from "exceljs";
import { expect, type APIRequestContext } from "@playwright/test";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The rows of the first sheet's table as text cells, from its header row (the one its autofilter is on) down; the title rows above it left out. */
export async function sheetRows(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like "Buffer"; a copied ArrayBuffer is what JSZip reads.
  await workbook.xlsx.load(new Uint8Array(content).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("The workbook has no sheet");
  const headerRow = Number(/\d+/.exec(String(sheet.autoFilter ?? ""))?.[0] ?? 1);
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    if (row.number < headerRow) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

/** Downloads an organisation's audit export with the given filter and returns its rows. */
export async function auditExportRows(request: APIRequestContext, slug: string, filter: Record<string, string> = {}): Promise<string[][]> {
  const response = await request.get(`/o/${slug}/audit/export?${new URLSearchParams(filter).toString()}`);
  expect(response.status(), `audit export of ${slug}`).toBe(200);
  expect(response.headers()["content-type"]).toBe(XLSX_CONTENT_TYPE);
  return sheetRows(await response.body());
}

export const AUDIT_EXPORT_HEADER = ["Дата и время", "Действие", "Кто", "E-mail", "Подробности", "Повторы за час", "IP-адрес"];
