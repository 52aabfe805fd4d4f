import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ageOn, isMinor, isOldEnoughForMentee } from "@/lib/people/age";
import { formatPhone, normalisePhone } from "@/lib/people/phone";
import { describeExperience, parseExperience } from "@/lib/people/experience";
import { nameKeyOf } from "@/lib/people/names";
import { canViewPerson, maySeeSupport, visiblePeopleWhere } from "@/lib/people/policy";
import { savePersonSchema } from "@/lib/people/schemas";
import { agreementInForce } from "@/lib/partners/policy";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";

describe("age is counted in full years", () => {
  it("turns a year older on the birthday, not the day before", () => {
    expect(ageOn("2013-03-14", "2026-03-13")).toBe(12);
    expect(ageOn("2013-03-14", "2026-03-14")).toBe(13);
  });

  it("born on 29 February, one is a year older on 28 February of a common year", () => {
    expect(ageOn("2008-02-29", "2026-02-27")).toBe(17);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("never decreases as days pass", () => {
    const day = fc.date({ min: new Date("1950-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        fc.pre(birth <= earlier);
        expect(ageOn(birth, later)).toBeGreaterThanOrEqual(ageOn(birth, earlier));
      }),
    );
  });

  it("a minor is under 18; a mentee is 10 or older; unknown without a date of birth", () => {
    expect(isMinor("2008-12-02", "2026-12-01")).toBe(true);
    expect(isMinor("2008-12-01", "2026-12-01")).toBe(false);
    expect(isOldEnoughForMentee("2016-12-02", "2026-12-01")).toBe(false);
    expect(isOldEnoughForMentee("2016-12-01", "2026-12-01")).toBe(true);
    expect(isMinor(null, "2026-12-01")).toBeNull();
  });
});

describe("phones are stored as +7XXXXXXXXXX whatever the spelling", () => {
  it.each([
    ["8 (912) 345-67-89", "+79123456789"],
    ["+7 912 345 67 89", "+79123456789"],
    ["89123456789", "+79123456789"],
    ["9123456789", "+79123456789"],
    ["7-912-345-67-89", "+79123456789"],
    ["+7 (8462) 33-44-55", "+78462334455"],
  ])("%s → %s", (typed, stored) => expect(normalisePhone(typed)).toBe(stored));

  it.each(["12345", "+1 202 555 0100", "телефон", "8 912 345 67 8"])("refuses %s", (typed) => expect(normalisePhone(typed)).toBeNull());

  it("shows what it stores in the usual way", () => expect(formatPhone("+79123456789")).toBe("+7 912 345-67-89"));
});

describe("experience is read as staff lists write it", () => {
  it.each([
    ["24 года", 288],
    ["3 г. 6 мес.", 42],
    ["1 год 2 месяца", 14],
    ["8 мес.", 8],
    ["15 лет", 180],
    ["15", 180],
    ["2,5", 30],
    ["молодой специалист", 0],
    ["Молодая специалист", 0],
  ])("%s → %i months", (typed, months) => expect(parseExperience(typed)).toBe(months));

  it.each(["", "много", "стаж", "200 лет"])("does not read %s", (typed) => expect(parseExperience(typed)).toBeNull());

  it("says it back in words that read again to the same months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), (months) => {
        expect(parseExperience(describeExperience(months))).toBe(months);
      }),
    );
  });
});

describe("the name key treats ё as е, case and spacing alike", () => {
  it("«Ёлкина  Алёна» and «елкина алена» are one key", () => expect(nameKeyOf("Ёлкина ", " Алёна")).toBe(nameKeyOf("елкина", "алена")));
  it("leaves out missing parts", () => expect(nameKeyOf("Иванов", "Иван", null)).toBe("иванов иван"));
});

const viewer = (roles: OrganisationRole[], classesLed: string[] = []) => ({ membership: { id: "m", roles, className: null, classesLed } });

describe("who sees whom and whose special needs", () => {
  it("a class teacher sees their class and its parents, not another class", () => {
    const teacher = viewer(["CLASS_TEACHER"], ["7А"]);
    expect(canViewPerson(teacher, { className: "7А", childrenClasses: [] })).toBe(true);
    expect(canViewPerson(teacher, { className: null, childrenClasses: ["7А"] })).toBe(true);
    expect(canViewPerson(teacher, { className: "9Б", childrenClasses: [] })).toBe(false);
    expect(visiblePeopleWhere(viewer(["CURATOR"]))).toEqual({});
  });

  it("special needs: the director, curator, psychologist for all, the class teacher for their class; never a methodist or mentor", () => {
    for (const role of ["DIRECTOR", "CURATOR", "PSYCHOLOGIST"] as const) expect(maySeeSupport(viewer([role]), { className: "9Б" })).toBe(true);
    expect(maySeeSupport(viewer(["CLASS_TEACHER"], ["7А"]), { className: "7А" })).toBe(true);
    expect(maySeeSupport(viewer(["CLASS_TEACHER"], ["7А"]), { className: "9Б" })).toBe(false);
    expect(maySeeSupport(viewer(["METHODIST"]), { className: "7А" })).toBe(false);
    expect(maySeeSupport(viewer(["MENTOR"]), { className: "7А" })).toBe(false);
  });
});

describe("the person form", () => {
  const base = { lastName: "Иванов", firstName: "Иван", category: "PUPIL" };
  it("upper-cases a class and drops its spaces: «10 б» → «10Б»", () => {
    expect(savePersonSchema.parse({ ...base, className: "10 б" }).className).toBe("10Б");
  });
  it("asks for a real date of birth and names the field", () => {
    const result = savePersonSchema.safeParse({ ...base, birthDate: "2013-02-30" });
    expect(result.success ? "" : result.error.issues[0]?.message).toBe("Такой даты нет в календаре");
  });
  it("refuses a phone it cannot store and says how to write it", () => {
    const result = savePersonSchema.safeParse({ ...base, phone: "12-34" });
    expect(result.success ? "" : result.error.issues[0]?.message).toContain("+7");
  });
});

describe("a partner's agreement is in force", () => {
  it("from its first day to its last, or without an end", () => {
    expect(agreementInForce({ validFrom: "2026-09-01", validUntil: "2027-08-31" }, "2026-09-01")).toBe(true);
    expect(agreementInForce({ validFrom: "2026-09-01", validUntil: "2027-08-31" }, "2027-09-01")).toBe(false);
    expect(agreementInForce({ validFrom: "2026-09-01", validUntil: null }, "2035-01-01")).toBe(true);
    expect(agreementInForce({ validFrom: "2026-09-01", validUntil: null }, "2026-08-31")).toBe(false);
  });
});
