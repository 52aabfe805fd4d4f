import { cleanLines, oneLine } from "@/lib/import/text";

/** Text clean-up for imported roadmap cells: numbering «1.», «1)», «1.2.», «2.3», numbered lists. */

// «1.», «1)», «1.2.», «2.3 » — but not «15.09.2025» or «2 раза».
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})+(?:\.(?!\d)|(?=\s))|\d{1,2}[.)](?!\d))\s*(?=\S)/;
const STAGE_PREFIX = /^(?:этап\s+(?:\d{1,2}|[ivx]{1,4})\b[.:)]?|[ivx]{1,4}[.)])\s*(?=\S)/i;
const TRAILING_STOP = /(\S{4,})[.;,]$/;

export function withoutNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

/** «Этап 2. Формирование базы», «II. Отбор», «1. Подготовка» → the name alone. */
export function stageTitle(text: string): string {
  const line = oneLine(text);
  const bare = withoutNumbering(line.replace(STAGE_PREFIX, ""));
  return bare === "" ? line : bare;
}

/**
 * «1. Анкетирование.\n2. Анализ данных;\n3. …» → the items without their numbers (a line that
 * does not start with a number continues the item above). Anything else is one item.
 */
export function numberedItems(text: string): string[] {
  const lines = cleanLines(text).split("\n");
  const starts = lines.filter((line) => NUMBERING.test(line)).length;
  if (starts < 2 || !NUMBERING.test(lines[0] ?? "")) return [oneLine(text)];
  const items: string[] = [];
  for (const line of lines) {
    if (NUMBERING.test(line) || items.length === 0) items.push(withoutNumbering(line));
    else items[items.length - 1] += ` ${line}`;
  }
  return items.map((item) => item.replace(TRAILING_STOP, "$1"));
}

/** The same, for a cell that should not be split: the numbering of a single item goes. */
export function singleTitle(text: string): string {
  return withoutNumbering(oneLine(text));
}
