import { pluralRu } from "@/lib/i18n/format";

/**
 * Педагогический стаж as written in staff lists — «24 года», «3 г. 6 мес.», «1 год 2 месяца»,
 * «8 мес.», «15», «молодой специалист» (under three years: counted as none yet) — in months;
 * null when it cannot be read.
 */
export function parseExperience(text: string): number | null {
  const value = text.trim().toLowerCase().replace(/ё/g, "е").replace(/,/g, ".");
  if (value === "") return null;
  if (/молод(ой|ая)\s+специалист|нет\s+стажа|без\s+стажа/.test(value)) return 0;
  if (/^\d{1,2}(\.\d+)?$/.test(value)) return Math.round(Number(value) * 12);
  const years = /(?<!\d)(\d{1,3})\s*(лет|года?|г\.?)(?![а-я])/.exec(value);
  const months = /(?<!\d)(\d{1,3})\s*(месяц(а|ев)?|мес\.?)(?![а-я])/.exec(value);
  if (!years && !months) return null;
  const total = Number(years?.[1] ?? 0) * 12 + Number(months?.[1] ?? 0);
  return total <= 70 * 12 ? total : null;
}

const YEARS = ["год", "года", "лет"] as const;
const MONTHS = ["месяц", "месяца", "месяцев"] as const;

/** 42 → «3 года 6 месяцев» */
export function describeExperience(months: number): string {
  if (months === 0) return "менее месяца";
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years > 0 ? `${years} ${pluralRu(years, YEARS)}` : "", rest > 0 ? `${rest} ${pluralRu(rest, MONTHS)}` : ""].filter(Boolean).join(" ");
}
