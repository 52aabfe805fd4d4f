import { describe, expect, it } from "vitest";
import { demoCalendar, stateByPeriod } from "@/prisma/demo/plan";
import { parsePeriod } from "@/lib/roadmap/period";
import { addDays } from "@/lib/dates/calendar-date";

/** The demo is dated from today: whatever day it is seeded, it has overdue, this week's and done activities. */
describe("the demo's calendar", () => {
  for (const today of ["2026-09-02", "2026-12-02", "2027-03-15", "2027-08-30"]) {
    it(`on ${today}`, () => {
      const calendar = demoCalendar(today);
      expect(calendar.year).toBe(2026);
      expect(calendar.lastYearApprovedOn < calendar.approvedOn && calendar.approvedOn <= today).toBe(true);
      const ends = calendar.slots.map((slot) => {
        const period = parsePeriod(slot.periodText, { startYear: calendar.year });
        if (!period.ok) throw new Error(slot.periodText);
        return { ...slot, endsOn: period.end ?? "" };
      });
      const open = ends.filter((slot) => slot.status !== "DONE");
      expect(open.filter((slot) => slot.endsOn < today)).toHaveLength(2);
      expect(open.filter((slot) => slot.endsOn >= today && slot.endsOn <= addDays(today, 7))).toHaveLength(2);
      expect(ends.filter((slot) => slot.status === "DONE").every((slot) => (slot.completedOn ?? "") < today)).toBe(true);
      for (const added of calendar.added) expect(parsePeriod(added.periodText, { startYear: calendar.year }).ok).toBe(true);
    });
  }
});

describe("what a school did by today, from an activity's period", () => {
  it("an ended period is done, by its end and never after yesterday", () => {
    expect(stateByPeriod({ startsOn: "2026-10-01", endsOn: "2026-10-31" }, "2026-12-02", 0)).toEqual({ status: "DONE", completedOn: "2026-10-11" });
    expect(stateByPeriod({ startsOn: null, endsOn: "2026-12-01" }, "2026-12-02", 3)).toEqual({ status: "DONE", completedOn: "2026-12-01" });
  });

  it("a period begun weeks ago and ending soon is done; a long one running on is in progress; one not begun is untouched", () => {
    expect(stateByPeriod({ startsOn: "2026-10-01", endsOn: "2026-12-31" }, "2026-12-02", 1)).toEqual({ status: "DONE", completedOn: "2026-10-15" });
    expect(stateByPeriod({ startsOn: "2026-09-01", endsOn: "2027-08-31" }, "2026-12-02", 0)).toEqual({ status: "IN_PROGRESS" });
    expect(stateByPeriod({ startsOn: "2027-01-01", endsOn: "2027-01-31" }, "2026-12-02", 0)).toBeNull();
    expect(stateByPeriod({ startsOn: null, endsOn: null }, "2026-12-02", 0)).toBeNull();
  });
});
