import { describe, expect, it } from "vitest";
import { classListsOf } from "@/lib/ops/region/class-lists";
import { seededRandom } from "@/lib/ops/region/random";
import { ageOn } from "@/lib/people/age";

const lists = (seed: number) =>
  classListsOf(seededRandom(seed), { classes: ["5А", "7А", "11Б"], kind: "SCHOOL", academicYear: 2026, perClass: [20, 25], rural: false });

describe("generated class lists look like a school's", () => {
  it("a pupil is of their grade's age on 1 December (5th grade: 10–11, 11th: 16–17)", () => {
    for (const pupil of lists(1).pupils) {
      const grade = Number.parseInt(pupil.className ?? "", 10);
      const age = ageOn(pupil.birthDate ?? "", "2026-12-01");
      expect(age, `${pupil.className} ${pupil.birthDate}`).toBeGreaterThanOrEqual(grade + 5);
      expect(age).toBeLessThanOrEqual(grade + 6);
    }
  });

  it("every pupil has a parent, and some parents have children in two classes (one person)", () => {
    const { pupils, parents, guardians } = lists(2);
    expect(new Set(guardians.map((link) => link.childId))).toEqual(new Set(pupils.map((pupil) => pupil.id)));
    const childrenOf = new Map<string, number>();
    for (const link of guardians) childrenOf.set(link.guardianId, (childrenOf.get(link.guardianId) ?? 0) + 1);
    expect(childrenOf.size).toBe(parents.length);
    expect([...childrenOf.values()].some((count) => count > 1)).toBe(true);
  });

  it("is the same for the same seed", () => {
    const names = (seed: number) => lists(seed).pupils.map((pupil) => `${pupil.name.lastName} ${pupil.birthDate}`);
    expect(names(3)).toEqual(names(3));
  });
});
