/**
 * ФИО as compared when looking for the same person: lower case, ё as е, single spaces. The
 * database keeps people.name_key with its twin, person_name_key() (an integration test holds
 * the two to the same answers).
 */
export function nameKeyOf(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}
