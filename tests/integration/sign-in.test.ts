import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { ownerQuery } from "./support/db";
import {
  PASSWORD,
  addMember,
  auditRows,
  createOrganisationFixture,
  createUser,
  setUserDisabled,
  uniqueAddress,
  uniqueEmail,
  type OrganisationFixture,
} from "./support/fixtures";

const MINUTE = 60_000;
const WRONG = "Неверный-пароль-0000";

let schoolA: OrganisationFixture;
let schoolB: OrganisationFixture;

beforeAll(async () => {
  [schoolA, schoolB] = await Promise.all([createOrganisationFixture(), createOrganisationFixture()]);
});

/** A person with a password and a membership in school A (and in school B when asked). */
async function person(options: { inBoth?: boolean } = {}) {
  const member = await addMember(schoolA, { roles: ["MENTOR"] });
  if (options.inBoth) await addMember(schoolB, { roles: ["PSYCHOLOGIST"], user: member });
  return member;
}

async function failTimes(email: string, times: number, ip: string, now: Date): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    expect(await authenticate({ email, password: WRONG }, ip, now)).toEqual({ ok: false, reason: "invalid" });
  }
}

describe("sign-in", () => {
  it("the right password signs in and returns the account's session version", async () => {
    const user = await person();
    await ownerQuery("update users set session_version = 3 where id = $1", [user.id]);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress())).toEqual({
      ok: true,
      userId: user.id,
      sessionVersion: 3,
    });
  });

  it("the e-mail is matched whatever its case and surrounding spaces", async () => {
    const user = await person();
    const outcome = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, uniqueAddress());
    expect(outcome).toMatchObject({ ok: true, userId: user.id });
  });

  it("a wrong password is refused as invalid", async () => {
    const user = await person();
    expect(await authenticate({ email: user.email, password: WRONG }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("an unknown e-mail gets exactly the same answer as a wrong password", async () => {
    const user = await person();
    const known = await authenticate({ email: user.email, password: WRONG }, uniqueAddress());
    const unknown = await authenticate({ email: uniqueEmail("nobody"), password: WRONG }, uniqueAddress());
    expect(unknown).toStrictEqual(known);
  });

  it("malformed credentials are refused as invalid", async () => {
    expect(await authenticate({ email: "not-an-email", password: PASSWORD }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(null, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("a sixth sign-in within 15 minutes after five failures is refused even with the right password", async () => {
    const user = await person();
    const now = new Date();
    await failTimes(user.email, 5, uniqueAddress(), now);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), new Date(now.getTime() + 14 * MINUTE))).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("four failures do not lock the account", async () => {
    const user = await person();
    const now = new Date();
    await failTimes(user.email, 4, uniqueAddress(), now);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now)).toMatchObject({ ok: true });
  });

  it("a locked account signs in again once the 15-minute lock has passed", async () => {
    const user = await person();
    const now = new Date();
    await failTimes(user.email, 5, uniqueAddress(), now);
    const justBefore = new Date(now.getTime() + 15 * MINUTE - 1_000);
    const justAfter = new Date(now.getTime() + 15 * MINUTE + 1_000);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), justBefore)).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), justAfter)).toMatchObject({ ok: true, userId: user.id });
  });

  it("failures more than 15 minutes apart do not add up to a lock", async () => {
    const user = await person();
    const start = new Date();
    await failTimes(user.email, 4, uniqueAddress(), start);
    const later = new Date(start.getTime() + 16 * MINUTE);
    await failTimes(user.email, 1, uniqueAddress(), later);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), later)).toMatchObject({ ok: true });
  });

  it("a successful sign-in starts the account's failure count afresh", async () => {
    const user = await person();
    const now = new Date();
    await failTimes(user.email, 4, uniqueAddress(), now);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now)).toMatchObject({ ok: true });
    await failTimes(user.email, 4, uniqueAddress(), now);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now)).toMatchObject({ ok: true });
  });

  it("an unknown e-mail is locked after five failures just like a real account", async () => {
    const email = uniqueEmail("nobody");
    const now = new Date();
    await failTimes(email, 5, uniqueAddress(), now);
    expect(await authenticate({ email, password: WRONG }, uniqueAddress(), now)).toEqual({ ok: false, reason: "locked" });
  });

  it("thirty failures from one address lock that address for every other account too", async () => {
    const ip = uniqueAddress();
    const now = new Date();
    const bystander = await person();
    // Password spraying: one try per e-mail, so no account reaches its own limit.
    for (let i = 0; i < 29; i += 1) await failTimes(uniqueEmail(`spray${i}`), 1, ip, now);
    expect(await authenticate({ email: bystander.email, password: PASSWORD }, ip, now)).toMatchObject({ ok: true });

    await failTimes(uniqueEmail("spray29"), 1, ip, now);
    expect(await authenticate({ email: bystander.email, password: PASSWORD }, ip, now)).toEqual({ ok: false, reason: "locked" });
    // The lock is on the address, not on the account.
    expect(await authenticate({ email: bystander.email, password: PASSWORD }, uniqueAddress(), now)).toMatchObject({ ok: true });

    const locks = await auditRows({ action: "auth.locked", ipAddress: ip });
    expect(locks).toHaveLength(1);
    expect(locks[0]?.details).toMatchObject({ by: "address" });
  });

  it("a disabled user cannot sign in even with the right password, and is told nothing more", async () => {
    const user = await person();
    await setUserDisabled(user);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    const [failure] = await auditRows({ action: "auth.sign_in_failed", actorUserId: user.id });
    expect(failure?.details).toMatchObject({ email: user.email, disabled: true });
  });
});

describe("sign-in in the audit log", () => {
  it("a successful sign-in is recorded in the journal of each organisation the user belongs to", async () => {
    const user = await person({ inBoth: true });
    const ip = uniqueAddress();
    await authenticate({ email: user.email, password: PASSWORD }, ip);
    const rows = await auditRows({ action: "auth.sign_in", actorUserId: user.id });
    expect(rows.map((row) => row.organisation_id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    for (const row of rows) expect(row).toMatchObject({ entity_type: "user", entity_id: user.id, ip_address: ip, details: { email: user.email } });
  });

  it("a failed sign-in is recorded in the journal of each organisation the user belongs to", async () => {
    const user = await person({ inBoth: true });
    await authenticate({ email: user.email, password: WRONG }, uniqueAddress());
    const rows = await auditRows({ action: "auth.sign_in_failed", actorUserId: user.id });
    expect(rows.map((row) => row.organisation_id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    expect(await auditRows({ action: "auth.sign_in", actorUserId: user.id })).toEqual([]);
  });

  it("a failed sign-in with an unknown e-mail is recorded with no organisation", async () => {
    const email = uniqueEmail("nobody");
    const ip = uniqueAddress();
    await authenticate({ email, password: WRONG }, ip);
    const rows = await auditRows({ action: "auth.sign_in_failed", email });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organisation_id: null, actor_user_id: null, ip_address: ip });
  });

  it("the lock is recorded once, when it starts, and later refusals say they were locked", async () => {
    const user = await person();
    const now = new Date();
    await failTimes(user.email, 4, uniqueAddress(), now);
    expect(await auditRows({ action: "auth.locked", actorUserId: user.id })).toEqual([]);
    await failTimes(user.email, 1, uniqueAddress(), now);
    const locks = await auditRows({ action: "auth.locked", actorUserId: user.id });
    expect(locks).toHaveLength(1);
    expect(locks[0]).toMatchObject({ organisation_id: schoolA.id, details: { by: "account", email: user.email } });

    await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now);
    expect(await auditRows({ action: "auth.locked", actorUserId: user.id })).toHaveLength(1);
    const failures = await auditRows({ action: "auth.sign_in_failed", actorUserId: user.id });
    expect(failures).toHaveLength(6);
    expect(failures.at(-1)?.details).toMatchObject({ locked: true });
  });
});

describe("sign-in under concurrency", () => {
  it("ten simultaneous wrong passwords lock the account exactly once and never slip past the limit", async () => {
    const user = await person();
    const now = new Date();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => authenticate({ email: user.email, password: WRONG }, uniqueAddress(), now)),
    );
    for (const outcome of outcomes) expect(outcome.ok).toBe(false);
    expect(await auditRows({ action: "auth.locked", actorUserId: user.id })).toHaveLength(1);
    expect(await auditRows({ action: "auth.sign_in_failed", actorUserId: user.id })).toHaveLength(10);

    const { rows } = await ownerQuery<{ locked_until: Date | null }>("select locked_until from sign_in_throttles where key = $1", [
      `account:${user.email}`,
    ]);
    expect(rows[0]?.locked_until?.getTime()).toBe(now.getTime() + 15 * MINUTE);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now)).toEqual({ ok: false, reason: "locked" });
  });

  it("a user created for this test can sign in with the fixture password", async () => {
    // Guards the fixtures themselves: a broken hash would make every "locked" above meaningless.
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress())).toMatchObject({ ok: true, userId: user.id });
  });
});
