import { fullName } from "@/lib/i18n/format";

export type Member = { id: string; lastName: string; firstName: string; middleName: string | null; position: string | null };
export type AcquaintedPerson = { name: string; position: string | null };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** «Орлова Екатерина Сергеевна», «Орлова Е.С.», «Орлова Е. С.», «Е.С. Орлова»: how an order writes a person. */
function namePattern(member: Member): RegExp {
  const letters = [member.firstName, member.middleName].filter((part): part is string => Boolean(part)).map((part) => `${escape(part[0] ?? "")}\\.\\s?`);
  const short = letters.join("").replace(/\\s\?$/, "");
  const last = escape(member.lastName);
  const full = [member.lastName, member.firstName, member.middleName].filter(Boolean).map((part) => escape(part ?? "")).join("\\s+");
  return new RegExp(`(?<![\\p{L}])(?:${full}|${last}\\s+${short}|${short}\\s?${last})(?![\\p{L}])`, "u");
}

/**
 * Who signs the acquaintance sheet: the people the order names. First those its effect and its
 * attachments name by record (the curator it appoints, the programme's curator, the people
 * responsible for the roadmap's activities), then every member its text names, in the order
 * the text names them; each person once.
 */
export function acquaintedPeople(orderText: string, members: Member[], namedIds: string[]): AcquaintedPerson[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const text = orderText.replace(/\s+/g, " ");
  const inText = members
    .map((member) => ({ member, at: text.search(namePattern(member)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ member }) => member);
  const people = [...namedIds.map((id) => byId.get(id)).filter((member): member is Member => member !== undefined), ...inText];
  return [...new Map(people.map((member) => [member.id, member])).values()].map((member) => ({ name: fullName(member), position: member.position }));
}
