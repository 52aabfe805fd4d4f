/**
 * Order numbers follow the organisation's pattern: «{n}» → «4», «{n}/од» → «12/од»,
 * «328-01-{nn}» → «328-01-02», «{n}-{yyyy}» → «7-2025». Sequences restart every calendar year.
 */
export const NUMBER_TOKENS = ["{n}", "{nn}", "{nnn}", "{yyyy}", "{yy}"] as const;

export function isValidNumberPattern(pattern: string): boolean {
  const tokens = pattern.match(/\{[^}]*\}/g) ?? [];
  const sequenceTokens = tokens.filter((token) => /^\{n+\}$/.test(token));
  return (
    pattern.trim().length > 0 &&
    pattern.length <= 40 &&
    sequenceTokens.length === 1 &&
    tokens.every((token) => (NUMBER_TOKENS as readonly string[]).includes(token))
  );
}

export function formatOrderNumber(pattern: string, sequence: number, year: number): string {
  return pattern
    .replace(/\{(n+)\}/, (_match, ns: string) => String(sequence).padStart(ns.length, "0"))
    .replace("{yyyy}", String(year))
    .replace("{yy}", String(year % 100).padStart(2, "0"));
}

/** The next sequence: one more than the last of the same year, or 1 in a new year. */
export function nextSequence(current: { year: number; lastSequence: number } | null, year: number): number {
  return current && current.year === year ? current.lastSequence + 1 : 1;
}
