// Kept apart from the reader (and exceljs), so that upload forms can use them in the browser.

/** What any spreadsheet import reads at most: a school of 2,000 people fits with room to spare. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 3000;
export const MAX_IMPORT_COLUMNS = 40;
/** A file of MAX_IMPORT_BYTES as the base64 text a form sends it in. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** A column as Excel names it: 3 → «C», 28 → «AB». */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
