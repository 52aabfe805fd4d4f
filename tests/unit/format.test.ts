import { describe, expect, it } from "vitest";
import { academicYearOf } from "@/lib/programmes/academic-year";
import {
  countRu,
  formatDate,
  formatDateTime,
  formatLongDate,
  initials,
  pluralRu,
  startOfDayInZone,
  todayIn,
} from "@/lib/i18n/format";

const FORMS = ["участник", "участника", "участников"] as const;

describe("Russian plural forms", () => {
  it.each([
    [1, "участник"], [2, "участника"], [4, "участника"], [5, "участников"], [11, "участников"], [12, "участников"],
    [14, "участников"], [21, "участник"], [22, "участника"], [25, "участников"], [101, "участник"], [111, "участников"], [0, "участников"],
  ])("%i → %s", (count, form) => expect(pluralRu(count, FORMS)).toBe(form));

  it("puts the number before the word", () => expect(countRu(3, FORMS)).toBe("3 участника"));
});

describe("dates in the organisation's time zone", () => {
  const instant = new Date("2025-01-16T22:30:00Z");

  it("writes dd.MM.yyyy", () => expect(formatDate(new Date("2023-01-17T09:00:00Z"), "Europe/Moscow")).toBe("17.01.2023"));

  it("is already the next day in Moscow and still the same day in Kaliningrad", () => {
    expect(formatDate(instant, "Europe/Moscow")).toBe("17.01.2025");
    expect(formatDate(instant, "Europe/Kaliningrad")).toBe("17.01.2025");
    expect(formatDate(new Date("2025-01-16T21:30:00Z"), "Europe/Kaliningrad")).toBe("16.01.2025");
  });

  it("shows the wall clock of Kamchatka", () => expect(formatDateTime(instant, "Asia/Kamchatka")).toBe("17.01.2025 10:30"));

  it("writes the long form for documents", () => expect(formatLongDate(instant, "Europe/Moscow")).toBe("17 января 2025 г."));

  it("computes today in the zone", () => expect(todayIn("Asia/Vladivostok", new Date("2025-08-31T15:00:00Z"))).toBe("2025-09-01"));

  it("finds local midnight as an instant", () => {
    expect(startOfDayInZone("2025-09-01", "Europe/Moscow").toISOString()).toBe("2025-08-31T21:00:00.000Z");
    expect(startOfDayInZone("2025-09-01", "Asia/Kamchatka").toISOString()).toBe("2025-08-31T12:00:00.000Z");
  });
});

describe("academic year runs from 1 September to 31 August", () => {
  it("starts on 1 September", () => expect(academicYearOf("2025-09-01")).toBe("2025/2026"));
  it("ends on 31 August", () => expect(academicYearOf("2026-08-31")).toBe("2025/2026"));
  it("January belongs to the year that began in September", () => expect(academicYearOf("2026-01-15")).toBe("2025/2026"));
});

describe("names", () => {
  const director = { lastName: "Фукалова", firstName: "Наталья", middleName: "Сергеевна" };
  it("puts initials before the surname in a signature", () => expect(initials(director, true)).toBe("Н.С. Фукалова"));
  it("puts the surname first in lists", () => expect(initials(director)).toBe("Фукалова Н.С."));
  it("copes without a patronymic", () => expect(initials({ lastName: "Ким", firstName: "Анна" }, true)).toBe("А. Ким"));
});
