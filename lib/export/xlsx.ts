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
  rows: (string | number | Date | null)[][];
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
 * Every .xlsx the product makes, set up to print as a school files it: a title above the table,
 * the header row frozen, filtered and repeated on every printed page, text wrapped, dates as
 * dd.MM.yyyy, A4 landscape fitted to the page width, pages numbered in the footer.
 */
export async function workbookBuffer(table: TableSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Тандем";
  const sheet = workbook.addWorksheet(table.sheetName, { pageSetup: PAGE_SETUP });
  const width = table.columns.length;
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
  sheet.columns = table.columns.map((column) => ({ width: column.width }));

  table.title.forEach((line, index) => {
    const row = sheet.addRow([safeCell(line)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = { bold: index === 0, size: index === 0 ? 12 : 11 };
    row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  if (table.title.length > 0) sheet.addRow([]);

  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { ...wrap, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => (cell.border = { bottom: { style: "thin" } }));

  for (const values of table.rows) {
    const row = sheet.addRow(values.map(safeCell));
    row.alignment = wrap;
    table.columns.forEach((column, index) => {
      if (column.format) row.getCell(index + 1).numFmt = NUMBER_FORMATS[column.format];
    });
  }

  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}`, activeCell: `A${header.number + 1}` }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: width } };
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  sheet.headerFooter.oddFooter = "&C&P из &N";
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
