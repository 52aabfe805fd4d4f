import ExcelJS from "exceljs";
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/limits";

export type CellKind = "empty" | "text" | "number" | "date";

/**
 * One cell as the import sees it. exceljs repeats a merged range's value in every cell of the
 * range; here only the first cell keeps it, and the others say how they are merged:
 * "down" (below the first cell, same column: the value is offered as `inherited`) or
 * "across" (to its right: part of a wide cell, nothing of its own).
 */
export type SheetCell = { text: string; kind: CellKind; merged: "no" | "down" | "across"; inherited: string };

export type Sheet = { name: string; rows: SheetCell[][] };

export const MAX_ROWS = MAX_IMPORT_ROWS;
const MAX_COLUMNS = MAX_IMPORT_COLUMNS;

const EMPTY: SheetCell = { text: "", kind: "empty", merged: "no", inherited: "" };
// What lib/export/xlsx.ts safeCell prefixes to text that Excel would run as a formula.
const QUOTED_FORMULA = /^'(?=[=+\-@\t\r])/;

const pad = (value: number) => String(value).padStart(2, "0");

/** Excel stores dates as UTC midnights: «dd.MM.yyyy», as schools write them. */
function russianDate(date: Date): string {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

type Plain = { text: string; kind: CellKind };

function plainValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return { text: "", kind: "empty" };
  if (typeof value === "string") return { text: value.replace(QUOTED_FORMULA, ""), kind: "text" };
  if (typeof value === "number") return { text: String(value), kind: "number" };
  if (typeof value === "boolean") return { text: value ? "да" : "нет", kind: "text" };
  if (value instanceof Date) return { text: russianDate(value), kind: "date" };
  if ("richText" in value) return { text: value.richText.map((run) => run.text).join(""), kind: "text" };
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result);
  return { text: "", kind: "empty" }; // an error value (#N/A)
}

function sheetCell(cell: ExcelJS.Cell): SheetCell {
  const master = cell.master;
  if (!cell.isMerged || master.address === cell.address) {
    const plain = plainValue(cell.value);
    return { ...plain, kind: plain.text.trim() === "" ? "empty" : plain.kind, merged: "no", inherited: "" };
  }
  if (master.fullAddress.col !== cell.fullAddress.col) return { ...EMPTY, merged: "across" };
  return { ...EMPTY, merged: "down", inherited: plainValue(master.value).text };
}

export function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rowCount = Math.min(worksheet.rowCount, MAX_ROWS);
  const columnCount = Math.min(worksheet.columnCount, MAX_COLUMNS);
  const rows: SheetCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(sheetCell(row.getCell(c)));
    rows.push(cells);
  }
  return { name: worksheet.name, rows };
}

/** The worksheets of an .xlsx file, or null when the bytes are not one. */
export async function readWorkbook(bytes: Uint8Array): Promise<{ sheets: Sheet[]; truncated: boolean } | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return null;
  }
  return {
    sheets: workbook.worksheets.map(readSheet),
    truncated: workbook.worksheets.some((worksheet) => worksheet.rowCount > MAX_ROWS),
  };
}
