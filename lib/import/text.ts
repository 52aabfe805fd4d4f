/** Text clean-up for imported cells: whitespace, one-line values, header keys. */

const SPACES = /[\t\u00a0\u2007\u202f ]+/g;

/** Lines trimmed, spaces and tabs collapsed, blank lines dropped. */
export function cleanLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(SPACES, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** One line: what a title or a name is. */
export function oneLine(text: string): string {
  return cleanLines(text).replace(/\n/g, " ");
}

const normalised = (text: string) => text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim().replace(/[.:;,]+$/, "");

/** For comparing header cells: case, «ё» and spacing do not matter. */
export function headerKey(text: string): string {
  return normalised(text);
}
