import type { Sheet, SheetCell } from "@/lib/import/sheet";
import { oneLine } from "@/lib/import/text";

/** A header as read from the sheet: its column (1 = A) and its text on one line. */
export type HeaderCell = { column: number; text: string };

/** A cell's own text; a cell inside a horizontal merge shows the merged range's text. */
function spanText(cells: SheetCell[], index: number): string {
  let at = index;
  while (at > 0 && cells[at]?.merged === "across") at--;
  const cell = cells[at];
  if (!cell) return "";
  return cell.merged === "down" ? cell.inherited : cell.text;
}

const isSpanned = (cells: SheetCell[], index: number) => cells[index]?.merged === "across" || cells[index + 1]?.merged === "across";

/**
 * A second header row under the first: its every filled cell sits under a header merged across
 * several columns («Сроки» over «начало» and «окончание»).
 */
function isSubHeader(top: SheetCell[], below: SheetCell[] | undefined): boolean {
  if (!below) return false;
  const filled = below.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.kind !== "empty");
  return filled.length > 0 && filled.every(({ cell, index }) => cell.kind === "text" && isSpanned(top, index));
}

function rowHeaders(sheet: Sheet, row: number): HeaderCell[] {
  const cells = sheet.rows[row - 1] ?? [];
  return cells.map((_, index) => ({ column: index + 1, text: oneLine(spanText(cells, index)) })).filter((header) => header.text !== "");
}

/** The header texts of `row`, with the row below joined in when it is a sub-header; headerRow is the last of them. */
export function headersAt(sheet: Sheet, row: number): { headerRow: number; headers: HeaderCell[] } {
  const top = sheet.rows[row - 1] ?? [];
  const below = sheet.rows[row];
  if (!isSubHeader(top, below)) return { headerRow: row, headers: rowHeaders(sheet, row) };
  const headers = top
    .map((_, index) => ({ column: index + 1, text: oneLine(`${spanText(top, index)} ${below?.[index]?.text ?? ""}`) }))
    .filter((header) => header.text !== "");
  return { headerRow: row + 1, headers };
}
