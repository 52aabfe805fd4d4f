import { describe, expect, it } from "vitest";
import { bareReference, judge, judgeBare, percentile, type Measured } from "@/lib/bench/verdict";

const page = (overrides: Partial<Measured> = {}): Measured => ({ name: "дорожная карта", p95: 100, failures: 0, answers: 40, statementsSmall: 10, statementsLarge: 10, ...overrides });

describe("the page benchmark's rules", () => {
  it("takes the nearest-rank percentile, whatever the order of the sample", () => {
    const sample = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(sample, 95)).toBe(95);
    expect(percentile(sample, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it("measures pages against the mean of the bare page's start, middle and end", () => {
    expect(bareReference([90, 100, 110])).toBe(100);
  });

  it("passes a page within 3× the bare page with statements constant in the data", () => {
    expect(judge(page({ p95: 300 }), 100).problems).toEqual([]);
  });

  it("refuses a page over 3× the bare page", () => {
    expect(judge(page({ p95: 301 }), 100).problems).toEqual(["p95 3.0× the bare page (at most 3×)"]);
  });

  it("refuses statements that grow with the data, and answers other than 200", () => {
    const { problems } = judge(page({ statementsSmall: 10, statementsLarge: 12, failures: 3 }), 100);
    expect(problems).toEqual(["3 answers were not 200", "statements grow with the data: 10 → 12"]);
  });

  it("refuses a page that never answered within the run", () => {
    expect(judge(page({ p95: 0, answers: 0, bareDuringP95: 90 }), 100).problems).toEqual(["no answer within the run"]);
  });

  it("judges an export by what it does to the bare page meanwhile, not by its own time", () => {
    expect(judge(page({ p95: 5000, bareDuringP95: 250 }), 100).problems).toEqual([]);
    expect(judge(page({ p95: 5000, bareDuringP95: 400 }), 100).problems).toEqual(["holds up other requests: the bare page's p95 rose to 4.0× while it ran"]);
  });

  it("holds the supervisor's page to its limit at two users, whatever its ratio", () => {
    expect(judge(page({ p95: 250, fewUsers: { p95: 300, limitMs: 300 } }), 100).problems).toEqual([]);
    expect(judge(page({ p95: 250, fewUsers: { p95: 301, limitMs: 300 } }), 100).problems).toEqual(["p95 301 ms at 2 users (at most 300 ms)"]);
  });

  it("holds the bare page within 2× the hello page", () => {
    expect(judgeBare(200, 100)).toEqual([]);
    expect(judgeBare(201, 100)).toEqual(["bare page p95 2.0× the hello page (at most 2×)"]);
  });
});
