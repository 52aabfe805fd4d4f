import { describe, expect, it } from "vitest";
import { formatOrderNumber, isValidNumberPattern, nextSequence } from "@/lib/orders/signing/numbering";
import { draftOrderText, CONTROL_POINT } from "@/lib/orders/templates";
import { ORDER_TYPES } from "@/lib/orders/labels";

describe("order numbers follow the organisation's pattern", () => {
  it.each([
    ["{n}", 4, "4"],
    ["{n}/од", 12, "12/од"],
    ["328-01-{nn}", 2, "328-01-02"],
    ["{nnn}-{yyyy}", 7, "007-2025"],
    ["{n}-{yy}", 3, "3-25"],
  ])("%s with %i gives %s", (pattern, sequence, expected) => expect(formatOrderNumber(pattern, sequence, 2025)).toBe(expected));

  it("accepts a pattern with exactly one sequence token", () => {
    expect(isValidNumberPattern("{n}/од")).toBe(true);
    expect(isValidNumberPattern("од")).toBe(false);
    expect(isValidNumberPattern("{n}-{n}")).toBe(false);
    expect(isValidNumberPattern("{x}{n}")).toBe(false);
  });

  it("continues the year's sequence and restarts in a new year", () => {
    expect(nextSequence(null, 2025)).toBe(1);
    expect(nextSequence({ year: 2025, lastSequence: 41 }, 2025)).toBe(42);
    expect(nextSequence({ year: 2025, lastSequence: 41 }, 2026)).toBe(1);
  });
});

describe("a draft's text comes from the type and the system's data", () => {
  it("gives every type a heading starting with «О»/«Об» and the control point last", () => {
    for (const type of ORDER_TYPES) {
      const text = draftOrderText(type, { organisationShortName: "МАОУ «Лицей № 17»", programme: { title: "Вместе", academicYear: 2025 } });
      expect(text.title, type).toMatch(/^Об? /);
      expect(text.points.at(-1), type).toBe(CONTROL_POINT);
    }
  });

  it("names the programme and its academic year in the approving order", () => {
    const text = draftOrderText("APPROVE_PROGRAMME", { organisationShortName: "МАОУ «Лицей № 17»", programme: { title: "Вместе", academicYear: 2025 } });
    expect(text.title).toBe("Об утверждении программы наставничества и дорожной карты на 2025/2026 учебный год");
    expect(text.points[0]).toContain("«Вместе»");
    expect(text.preamble).toContain("№ Р-145");
  });

  it("names the appointed curator without declining the name", () => {
    const text = draftOrderText("APPOINT_CURATOR", {
      organisationShortName: "МКОУ «Степновская СОШ»",
      programme: { title: "Вместе", academicYear: 2025 },
      curator: { name: "Полякова Наталья Геннадьевна", position: "Заместитель директора" },
    });
    expect(text.points[0]).toBe("Назначить куратором программы наставничества на 2025/2026 учебный год: Полякова Наталья Геннадьевна, заместитель директора.");
  });
});
