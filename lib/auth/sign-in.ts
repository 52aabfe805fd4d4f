import { credentialsSchema } from "@/lib/auth/credentials";
import { inScope, type Tx } from "@/lib/db/scope";
import { recordAuditForUser } from "@/lib/audit/record";
import type { AuditAction } from "@/lib/audit/actions";
import { passwordMatches, signInAccount, type SignInAccount } from "@/lib/auth/password";
import { accountKey, addressKey, clearFailures, lockCounter, lockedKeys, registerFailure } from "@/lib/auth/throttle";
import { ACCOUNT_RULE, ADDRESS_RULE } from "@/lib/auth/throttle-rules";

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks credentials with a temporary lock per account and per address. The answer never
 * says whether the e-mail exists: unknown accounts are counted and locked the same way.
 */
export async function authenticate(raw: unknown, ipAddress: string, now = new Date()): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // The hash is not readable by the app role: the database gives its salt and parameters (a fake
  // pair for an unknown e-mail, so both cost one argon2id) and compares the result itself.
  const account = await inScope({}, (tx) => signInAccount(tx, email));
  const audit = (tx: Tx, action: AuditAction, details: Record<string, string | boolean>) =>
    auditForAccount(tx, account, action, { email, ...details }, ipAddress);

  // One transaction holds the account's counter row for the whole attempt, so parallel guesses
  // at one account are checked one after another and each sees the failures before it.
  return inScope({ userId: account.accountId ?? undefined }, async (tx) => {
    await lockCounter(tx, accountKey(email), now);
    if ((await lockedKeys(tx, [accountKey(email), addressKey(ipAddress)], now)).length > 0) {
      await audit(tx, "auth.sign_in_failed", { locked: true });
      return { ok: false, reason: "locked" };
    }
    const passwordOk = await passwordMatches(tx, email, account.hashPrefix, password);
    if (account.accountId && passwordOk && !account.disabled) {
      await clearFailures(tx, accountKey(email));
      await audit(tx, "auth.sign_in", {});
      return { ok: true, userId: account.accountId, sessionVersion: account.sessionVersion };
    }
    const byAccount = await registerFailure(tx, accountKey(email), ACCOUNT_RULE, now);
    const byAddress = await registerFailure(tx, addressKey(ipAddress), ADDRESS_RULE, now);
    await audit(tx, "auth.sign_in_failed", { disabled: account.disabled });
    if (byAccount.lockedNow || byAddress.lockedNow) {
      await audit(tx, "auth.locked", { by: byAccount.lockedNow ? "account" : "address" });
    }
    return { ok: false, reason: "invalid" };
  });
}

/** An account's sign-in events go to the journal of each organisation it belongs to. */
function auditForAccount(
  tx: Tx,
  account: SignInAccount,
  action: AuditAction,
  details: Record<string, string | boolean>,
  ipAddress: string,
): Promise<void> {
  return recordAuditForUser(tx, account.accountId, {
    action,
    actorUserId: account.accountId,
    entityType: "user",
    entityId: account.accountId ?? undefined,
    details,
    ipAddress,
  });
}
