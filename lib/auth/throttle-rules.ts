export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };
export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

const MINUTE = 60_000;

/** An account locks after 5 failures within 15 minutes; an address after 30 (password spraying). */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export function isLockedAt(state: Pick<ThrottleState, "lockedUntil"> | null, now: Date): boolean {
  return state?.lockedUntil != null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt; `lockedNow` says this failure started a lock. */
export function afterFailure(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState & { lockedNow: boolean } {
  const windowExpired = !state || now.getTime() - state.windowStart.getTime() >= rule.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStart = windowExpired ? now : state.windowStart;
  const alreadyLocked = isLockedAt(state, now);
  if (!alreadyLocked && failures >= rule.maxFailures) {
    return { failures: 0, windowStart: now, lockedUntil: new Date(now.getTime() + rule.lockMs), lockedNow: true };
  }
  return { failures, windowStart, lockedUntil: state?.lockedUntil ?? null, lockedNow: false };
}
