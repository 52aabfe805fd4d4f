/**
 * A Russian phone number as schools type it («8 (912) 345-67-89», «+7 912 3456789», «9123456789»)
 * stored as +7XXXXXXXXXX; null when it is not one.
 */
export function normalisePhone(text: string): string | null {
  const digits = text.replace(/[\s()\-.]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  const bare = digits.replace(/^\+/, "");
  if (bare.length === 10 && bare.startsWith("9")) return `+7${bare}`;
  if (bare.length === 11 && (bare.startsWith("7") || bare.startsWith("8"))) return `+7${bare.slice(1)}`;
  return null;
}

/** +79123456789 → «+7 912 345-67-89» */
export function formatPhone(stored: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(stored);
  return match ? `+7 ${match[1]} ${match[2]}-${match[3]}-${match[4]}` : stored;
}
