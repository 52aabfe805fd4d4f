import { describe, expect, it } from "vitest";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { OPEN_ALL_STAGES_UP_TO, STAGE_PAGE_SIZE, academicMonths, deadlineState, isOpen, monthsSpanned, progressOf, shownActivities, stageOpening } from "@/lib/roadmap/views";

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

describe("a long roadmap opens one stage at a time", () => {
  const stage = (id: string, statuses: ActivityStatus[]) => ({ id, activities: statuses.map((status) => ({ status })) });
  const long = [stage("done", Array(40).fill("DONE")), stage("current", ["DONE", ...Array(20).fill("PLANNED")]), stage("later", ["PLANNED"])];

  it("shows every stage of a roadmap up to the limit", () => {
    expect(stageOpening([stage("a", Array(OPEN_ALL_STAGES_UP_TO).fill("PLANNED"))], {})).toEqual({ all: true });
  });

  it("opens the first stage with work still open, else the one asked for, or all when asked", () => {
    expect(stageOpening(long, {})).toEqual({ all: false, open: "current", page: 1, pages: 1 });
    expect(stageOpening(long, { stage: "later" })).toEqual({ all: false, open: "later", page: 1, pages: 1 });
    expect(stageOpening(long, { stage: "unknown", page: 3 })).toEqual({ all: false, open: "current", page: 1, pages: 1 });
    expect(stageOpening(long, { stage: "all" })).toEqual({ all: true });
    expect(isOpen({ all: false, open: "later", page: 1, pages: 1 }, "done")).toBe(false);
  });

  it("opens the first stage when everything is finished", () => {
    expect(stageOpening([stage("a", Array(40).fill("DONE")), stage("b", Array(30).fill("CANCELLED"))], {})).toMatchObject({ open: "a", page: 1 });
  });

  it("pages a long stage, at the page of its first unfinished activity unless a page is asked for", () => {
    const monthly = [stage("start", ["DONE"]), stage("meetings", [...Array(120).fill("DONE"), ...Array(146).fill("PLANNED")])];
    expect(stageOpening(monthly, {})).toEqual({ all: false, open: "meetings", page: 3, pages: 6 });
    expect(stageOpening(monthly, { stage: "meetings", page: 6 })).toMatchObject({ page: 6 });
    expect(stageOpening(monthly, { stage: "meetings", page: 60 })).toMatchObject({ page: 6 });
    const opening = stageOpening(monthly, { stage: "meetings", page: 2 });
    const { first, shown } = shownActivities(opening, "meetings", monthly[1]?.activities ?? []);
    expect([first, shown.length]).toEqual([STAGE_PAGE_SIZE, STAGE_PAGE_SIZE]);
    expect(shownActivities(opening, "start", monthly[0]?.activities ?? []).shown).toEqual([]);
  });
});
