import type { z } from "zod";
import { MAX_IMPORT_COLUMNS } from "@/lib/import/limits";

/** A column letter («B», «AB») or number as 1-based; null when it is neither. */
function columnNumber(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^[A-Z]{1,2}$/i.test(value)) return null;
  return [...value.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * The CLI's --map: «activity=B,period=D,header=3» → each named key to its column (header: a row
 * number); every mistake is named.
 */
export function parseColumnMap<K extends string>(text: string, ctx: z.RefinementCtx, keys: Record<string, K | "headerRow">): Partial<Record<K | "headerRow", number>> {
  const mapping: Partial<Record<K | "headerRow", number>> = {};
  for (const pair of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [name = "", value = ""] = pair.split("=").map((part) => part.trim().toLowerCase());
    const key = keys[name];
    const number = columnNumber(value);
    if (!key) ctx.addIssue({ code: "custom", message: `неизвестный столбец «${name}»: ${Object.keys(keys).join(", ")}` });
    else if (number === null || number < 1 || (key !== "headerRow" && number > MAX_IMPORT_COLUMNS)) ctx.addIssue({ code: "custom", message: `«${pair}»: нужна буква столбца (B) или номер` });
    else mapping[key] = number;
  }
  return mapping;
}
