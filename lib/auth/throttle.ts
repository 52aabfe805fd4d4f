import type { Tx } from "@/lib/db/scope";
import { afterFailure, isLockedAt, type ThrottleRule } from "@/lib/auth/throttle-rules";

export function accountKey(email: string): string {
  return `account:${email}`;
}

export function addressKey(ip: string): string {
  return `address:${ip}`;
}

export async function lockedKeys(tx: Tx, keys: string[], now: Date): Promise<string[]> {
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys } } });
  return rows.filter((row) => isLockedAt(row, now)).map((row) => row.key);
}

/** Takes the counter row of `key` for this transaction (creating it), so attempts on it run one at a time. */
export async function lockCounter(tx: Tx, key: string, now: Date): Promise<{ failures: number; window_start: Date; locked_until: Date | null } | undefined> {
  await tx.$executeRaw`insert into sign_in_throttles (key, failures, window_start) values (${key}, 0, ${now}) on conflict (key) do nothing`;
  const [current] = await tx.$queryRaw<{ failures: number; window_start: Date; locked_until: Date | null }[]>`
    select failures, window_start, locked_until from sign_in_throttles where key = ${key} for update`;
  return current;
}

/** Counts a failure under a row lock, so concurrent attempts cannot slip past the limit. */
export async function registerFailure(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<{ lockedNow: boolean }> {
  const current = await lockCounter(tx, key, now);
  const next = afterFailure(
    current ? { failures: current.failures, windowStart: current.window_start, lockedUntil: current.locked_until } : null,
    now,
    rule,
  );
  await tx.signInThrottle.update({
    where: { key },
    data: { failures: next.failures, windowStart: next.windowStart, lockedUntil: next.lockedUntil },
  });
  return { lockedNow: next.lockedNow };
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key } });
}
