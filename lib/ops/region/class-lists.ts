import { randomUUID } from "node:crypto";
import type { OrganisationKind, PersonCategory, SupportNeed } from "@/lib/generated/prisma/enums";
import type { Random } from "@/lib/ops/region/random";
import { parentOf, personName, type PersonName } from "@/lib/ops/region/names";

/** Pupils (or students) of an organisation's classes with their parents, as the demo and the region load them. */

export type PersonPlan = {
  id: string;
  name: PersonName;
  category: PersonCategory;
  birthDate: string | null;
  className: string | null;
  phone: string | null;
};

export type ClassLists = {
  pupils: PersonPlan[];
  parents: PersonPlan[];
  guardians: { guardianId: string; childId: string; relation: string }[];
  support: { personId: string; needs: SupportNeed[] }[];
};

const pad = (value: number) => String(value).padStart(2, "0");

/** A day of the year that starts on 1 September `septemberOf` and ends on 31 August. */
function dayOfSchoolYear(random: Random, septemberOf: number): string {
  const start = Date.UTC(septemberOf, 8, 1);
  const day = new Date(start + random.int(0, 364) * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** Born in the school year that makes one `grade` now: the 7th grade of 2026/27 was born in 2013/14. */
export function birthDateOf(random: Random, className: string, kind: OrganisationKind, academicYear: number): string {
  const grade = Number.parseInt(className, 10);
  if (Number.isFinite(grade)) return dayOfSchoolYear(random, academicYear - grade - 6);
  const age = kind === "COLLEGE" ? random.int(16, 19) : random.int(10, 15);
  return dayOfSchoolYear(random, academicYear - age - 1);
}

function mobile(random: Random): string {
  return `+79${String(random.int(0, 999_999_999)).padStart(9, "0")}`;
}

const NEEDS: readonly [SupportNeed, number][] = [
  ["GIFTED", 0.08],
  ["LOW_INCOME_FAMILY", 0.06],
  ["DISABILITY", 0.03],
  ["HARD_LIFE_SITUATION", 0.03],
  ["ORPHAN", 0.01],
];

/**
 * `perClass` pupils in each class, born to be of its grade this academic year; each with a
 * parent, one in ten sharing the parent of a pupil before them (a family with children in two
 * classes is one parent); special needs at realistic rates, rural for a village school.
 */
export function classListsOf(
  random: Random,
  input: { classes: readonly string[]; kind: OrganisationKind; academicYear: number; perClass: readonly [number, number]; rural: boolean },
): ClassLists {
  const lists: ClassLists = { pupils: [], parents: [], guardians: [], support: [] };
  const category: PersonCategory = input.kind === "COLLEGE" ? "STUDENT" : "PUPIL";
  for (const className of input.classes) {
    const size = random.int(input.perClass[0], input.perClass[1]);
    for (let index = 0; index < size; index += 1) {
      const male = random.chance(0.5);
      const sibling = lists.pupils.length > 0 && random.chance(0.1) ? random.pick(lists.guardians) : null;
      const family = sibling ? lists.pupils.find((pupil) => pupil.id === sibling.childId) : undefined;
      const name = family ? { ...personName(random, male ? "male" : "female"), lastName: siblingSurname(family.name.lastName, male) } : personName(random, male ? "male" : "female");
      const pupil: PersonPlan = { id: randomUUID(), name, category, birthDate: birthDateOf(random, className, input.kind, input.academicYear), className, phone: null };
      lists.pupils.push(pupil);
      if (sibling) {
        lists.guardians.push({ guardianId: sibling.guardianId, childId: pupil.id, relation: sibling.relation });
      } else {
        const parentName = parentOf(random, name, male);
        const mother = parentName.middleName.endsWith("на");
        const parent: PersonPlan = { id: randomUUID(), name: parentName, category: "PARENT", birthDate: null, className: null, phone: mobile(random) };
        lists.parents.push(parent);
        lists.guardians.push({ guardianId: parent.id, childId: pupil.id, relation: mother ? "мать" : "отец" });
      }
      const needs = NEEDS.filter(([, rate]) => random.chance(rate)).map(([need]) => need);
      if (input.rural && random.chance(0.5)) needs.push("RURAL_AREA");
      if (needs.length > 0) lists.support.push({ personId: pupil.id, needs });
    }
  }
  return lists;
}

/** A brother's or sister's surname from the family's: Кузнецова → Кузнецов and back. */
function siblingSurname(surname: string, male: boolean): string {
  if (male) return surname.replace(/(ов|ев|ёв|ин|ын)а$/, "$1").replace(/ская$/, "ский");
  return surname.replace(/(ов|ев|ёв|ин|ын)$/, "$1а").replace(/ский$/, "ская");
}
