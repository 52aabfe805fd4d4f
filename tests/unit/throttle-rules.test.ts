import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, afterFailure, isLockedAt, type ThrottleState } from "@/lib/auth/throttle-rules";

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));

function failTimes(count: number, start: ThrottleState | null = null, minute = 0) {
  let state = start;
  let lockedNow = false;
  for (let i = 0; i < count; i++) ({ lockedNow, ...state } = afterFailure(state, at(minute), ACCOUNT_RULE));
  return { state, lockedNow };
}

describe("temporary sign-in lock", () => {
  it("locks an account on the fifth failure within fifteen minutes", () => {
    expect(failTimes(4).lockedNow).toBe(false);
    const { state, lockedNow } = failTimes(5);
    expect(lockedNow).toBe(true);
    expect(isLockedAt(state, at(14))).toBe(true);
  });

  it("lifts the lock after fifteen minutes", () => {
    const { state } = failTimes(5);
    expect(isLockedAt(state, at(15))).toBe(false);
  });

  it("forgets failures older than the window", () => {
    const { state } = failTimes(4);
    const later = afterFailure(state, at(20), ACCOUNT_RULE);
    expect(later.failures).toBe(1);
    expect(later.lockedNow).toBe(false);
  });

  it("does not count a second lock while the first still holds", () => {
    const { state } = failTimes(5);
    expect(afterFailure(state, at(1), ACCOUNT_RULE).lockedNow).toBe(false);
  });
});
