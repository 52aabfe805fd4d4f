import { describe, expect, it } from "vitest";
import { addDays, calendarDate, formatCalendarDate, isoDay, parseCalendarDate } from "@/lib/dates/calendar-date";

describe("plain calendar dates", () => {
  it("read as schools write them and as forms send them", () => {
    expect(parseCalendarDate("05.09.2025")).toBe("2025-09-05");
    expect(parseCalendarDate("5.9.2025")).toBe("2025-09-05");
    expect(parseCalendarDate("2025-09-05")).toBe("2025-09-05");
  });

  it("refuse days that are not in the calendar", () => {
    expect(parseCalendarDate("30.02.2025")).toBeNull();
    expect(parseCalendarDate("2025-13-01")).toBeNull();
    expect(parseCalendarDate("сентябрь")).toBeNull();
    expect(() => calendarDate("2025-02-30")).toThrow();
  });

  it("are stored as UTC midnight and come back unchanged", () => {
    expect(calendarDate("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(isoDay(calendarDate("2026-03-01"))).toBe("2026-03-01");
  });

  it("format as dd.MM.yyyy and add days across months and leap years", () => {
    expect(formatCalendarDate("2025-09-05")).toBe("05.09.2025");
    expect(formatCalendarDate(calendarDate("2025-12-31"))).toBe("31.12.2025");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2025-12-29", 7)).toBe("2026-01-05");
  });
});
