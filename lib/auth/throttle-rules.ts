/**
 * The numbers of the sign-in lock. The counting itself happens in PostgreSQL, under a row lock
 * (sign_in_throttle_fail in migration 20261201230500_database_guarantees), so that concurrent
 * attempts cannot slip past the limit; tests/integration/sign-in.test.ts proves the behaviour.
 */
export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;

/** An account locks after 5 failures within 15 minutes; an address after 30 (password spraying). */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
