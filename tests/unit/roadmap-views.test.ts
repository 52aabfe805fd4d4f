import { describe, expect, it } from "vitest";
import { academicMonths, deadlineState, monthsSpanned, progressOf } from "@/lib/roadmap/views";

describe("deadlines on the roadmap", () => {
  const today = "2025-11-10";
  it("an activity whose end has passed and is not done is overdue", () => {
    expect(deadlineState({ status: "PLANNED", startsOn: null, endsOn: "2025-11-09" }, today)).toBe("overdue");
  });
  it("one ending within seven days is due this week", () => {
    expect(deadlineState({ status: "IN_PROGRESS", startsOn: "2025-11-01", endsOn: "2025-11-17" }, today)).toBe("due-this-week");
    expect(deadlineState({ status: "PLANNED", startsOn: null, endsOn: "2025-11-18" }, today)).toBeNull();
  });
  it("done, cancelled and undated activities are never late", () => {
    expect(deadlineState({ status: "DONE", startsOn: null, endsOn: "2025-01-01" }, today)).toBeNull();
    expect(deadlineState({ status: "CANCELLED", startsOn: null, endsOn: "2025-01-01" }, today)).toBeNull();
    expect(deadlineState({ status: "PLANNED", startsOn: null, endsOn: null }, today)).toBeNull();
  });
});

describe("progress of a stage", () => {
  it("counts done out of all but the cancelled", () => {
    expect(progressOf([{ status: "DONE" }, { status: "PLANNED" }, { status: "CANCELLED" }, { status: "DONE" }])).toEqual({ done: 2, total: 3, percent: 67 });
  });
  it("is zero for an empty stage", () => expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 0 }));
});

describe("the timeline by months", () => {
  it("runs from September to August", () => {
    expect(academicMonths(2025)).toEqual([
      "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
    ]);
  });
  it("marks the months an activity spans, and a deadline's own month", () => {
    const months = academicMonths(2025);
    expect(monthsSpanned({ startsOn: "2025-10-01", endsOn: "2025-12-31" }, months).slice(0, 5)).toEqual([false, true, true, true, false]);
    expect(monthsSpanned({ startsOn: null, endsOn: "2026-08-20" }, months).filter(Boolean)).toHaveLength(1);
    expect(monthsSpanned({ startsOn: null, endsOn: null }, months).some(Boolean)).toBe(false);
  });
});
