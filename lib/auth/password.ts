import { hash } from "@node-rs/argon2";
import type { Tx } from "@/lib/db/scope";

// argon2id (the library's default algorithm) with OWASP's minimum parameters.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// The PHC prefix the database hands out: algorithm, version, parameters and salt, no digest.
const PREFIX = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$$/;

/**
 * argon2id of `password` with the parameters and salt of a stored hash, as the full PHC
 * string: equal to the stored hash exactly when the password is right. An unreadable prefix
 * still costs a hash (with a random salt), so it matches nothing and takes the same time.
 */
export function hashWithPrefix(prefix: string, password: string): Promise<string> {
  const parts = PREFIX.exec(prefix);
  if (!parts) return hashPassword(password);
  const [, memoryCost, timeCost, parallelism, salt] = parts;
  return hash(password, {
    memoryCost: Number(memoryCost),
    timeCost: Number(timeCost),
    parallelism: Number(parallelism),
    salt: Buffer.from(salt ?? "", "base64"),
  });
}

/** What sign-in may know about an e-mail before the password is checked (accountId null: no such account). */
export type SignInAccount = { accountId: string | null; disabled: boolean; sessionVersion: number; hashPrefix: string };

/**
 * The hash itself is never readable by the application's roles: the database gives out its
 * prefix (a deterministic fake one for an unknown e-mail) and compares a candidate computed
 * from it (see the migration platform_role_and_passwords).
 */
export async function signInAccount(tx: Tx, email: string): Promise<SignInAccount> {
  const [row] = await tx.$queryRaw<{ account_id: string | null; disabled: boolean; session_version: number; hash_prefix: string }[]>`
    select account_id::text, disabled, session_version, hash_prefix from sign_in_account(${email})`;
  if (!row) throw new Error("sign_in_account() returned no row");
  return { accountId: row.account_id, disabled: row.disabled, sessionVersion: row.session_version, hashPrefix: row.hash_prefix };
}

/** Whether `password` is the account's, for a prefix from signInAccount (false for no account or no password). */
export async function passwordMatches(tx: Tx, email: string, hashPrefix: string, password: string): Promise<boolean> {
  const candidate = await hashWithPrefix(hashPrefix, password);
  const [row] = await tx.$queryRaw<{ ok: boolean }[]>`select password_matches(${email}, ${candidate}) as ok`;
  return row?.ok === true;
}

/** Both steps at once, for a signed-in user confirming their password. */
export async function checkPassword(tx: Tx, email: string, password: string): Promise<boolean> {
  return passwordMatches(tx, email, (await signInAccount(tx, email)).hashPrefix, password);
}
