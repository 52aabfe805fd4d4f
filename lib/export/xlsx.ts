import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";

/** Cells starting with = + - @ (or a tab/CR) would run as formulas in Excel: store them as text. */
export function safeCell(value: string | number | Date | null | undefined): string | number | Date {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A column of an exported table. Dates are real Excel dates (they sort and filter), shown as
 * schools write them: «17.01.2026», or «17.01.2026 14:05» for a moment. A moment's Date must
 * carry the wall clock of the organisation's zone in its UTC fields (lib/i18n/format wallClock).
 */
export type Column = { header: string; width: number; format?: "date" | "dateTime" };

export type TableSheet = {
  sheetName: string;
  /** Printed above the table, one line a row: the organisation, the document, its approval. */
  title: string[];
  columns: Column[];
  /** Any iterable: a generator lets each row be made as it is written, within the same time slices. */
  rows: Iterable<(string | number | Date | null)[]>;
};

const NUMBER_FORMATS = { date: "dd.mm.yyyy", dateTime: "dd.mm.yyyy hh:mm" } as const;

/** A4 in landscape, as wide as the page and as long as it needs; millimetres in inches for Excel. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.79, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
};

/**
 * The longest a workbook keeps the event loop before letting other requests in. A page needs
 * many turns of the loop (every database round trip is one), so each turn an export takes
 * delays every page being served: a few milliseconds a turn, not hundreds.
 */
const TURN_MS = 4;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every .xlsx the product makes, set up to print as a school files it: a title above the table,
 * the header row frozen, filtered and repeated on every printed page, text wrapped, dates as
 * dd.MM.yyyy, A4 landscape fitted to the page width, pages numbered in the footer. Written by
 * exceljs's streaming writer, row by row, yielding to other requests as it goes.
 */
export async function workbookBuffer(table: TableSheet): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = buffer(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Тандем";
  const width = table.columns.length;
  const headerRow = table.title.length + (table.title.length > 0 ? 1 : 0) + 1;
  // The writer puts the page setup and the views at the head of the sheet: they are given now.
  const sheet = workbook.addWorksheet(table.sheetName, {
    pageSetup: { ...PAGE_SETUP, printTitlesRow: `${headerRow}:${headerRow}` },
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    headerFooter: { oddFooter: "&C&P из &N" },
  });
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
  sheet.columns = table.columns.map((column) => ({ width: column.width }));

  table.title.forEach((line, index) => {
    const row = sheet.addRow([safeCell(line)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = { bold: index === 0, size: index === 0 ? 12 : 11 };
    row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    row.commit();
  });
  if (table.title.length > 0) sheet.addRow([]).commit();

  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { ...wrap, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => (cell.border = { bottom: { style: "thin" } }));
  header.commit();

  let turnStarted = performance.now();
  for (const values of table.rows) {
    const row = sheet.addRow(values.map(safeCell));
    row.alignment = wrap;
    table.columns.forEach((column, cell) => {
      if (column.format) row.getCell(cell + 1).numFmt = NUMBER_FORMATS[column.format];
    });
    row.commit();
    if (performance.now() - turnStarted > TURN_MS) {
      await nextTurn();
      turnStarted = performance.now();
    }
  }

  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };
  sheet.commit();
  await workbook.commit();
  return bytes;
}

export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    },
  });
}
