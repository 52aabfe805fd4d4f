import type { Tx } from "@/lib/db/scope";
import type { ThrottleRule } from "@/lib/auth/throttle-rules";

// The app role has no privilege on sign_in_throttles: it goes through the SECURITY DEFINER
// functions of migration 20261201230500_database_guarantees, which do only what sign-in needs.

export function accountKey(email: string): string {
  return `account:${email}`;
}

export function addressKey(ip: string): string {
  return `address:${ip}`;
}

export async function lockedKeys(tx: Tx, keys: string[], now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ key: string }[]>`select sign_in_throttle_locked(${keys}::text[], ${now}::timestamptz) as key`;
  return rows.map((row) => row.key);
}

/** Takes the counter row of `key` for this transaction (creating it), so attempts on it run one at a time. */
export async function lockCounter(tx: Tx, key: string, now: Date): Promise<void> {
  await tx.$executeRaw`select sign_in_throttle_hold(${key}::text, ${now}::timestamptz)`;
}

/** Counts a failure under the row lock and the rule's numbers, so concurrent attempts cannot slip past the limit. */
export async function registerFailure(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<{ lockedNow: boolean }> {
  const [row] = await tx.$queryRaw<{ locked_now: boolean }[]>`
    select sign_in_throttle_fail(${key}::text, ${now}::timestamptz, ${rule.maxFailures}::integer, ${rule.windowMs}::bigint, ${rule.lockMs}::bigint) as locked_now`;
  return { lockedNow: row?.locked_now === true };
}

/** After a successful sign-in; the database clears only the signed-in account's own counter. */
export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`select sign_in_throttle_clear(${key}::text)`;
}
