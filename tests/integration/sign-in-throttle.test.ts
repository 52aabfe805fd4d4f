import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { appRoleQuery, ownerQuery } from "./support/db";
import { PASSWORD, createUser, uniqueAddress } from "./support/fixtures";

const WRONG = "Неверный-пароль-0000";

/** An account locked by five failures, as sign-in leaves it. */
async function lockedAccount() {
  const user = await createUser();
  const now = new Date();
  for (let i = 0; i < 5; i += 1) await authenticate({ email: user.email, password: WRONG }, uniqueAddress(), now);
  expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress(), now)).toEqual({ ok: false, reason: "locked" });
  return { user, key: `account:${user.email}` };
}

async function lockOf(key: string): Promise<Date | null | undefined> {
  const { rows } = await ownerQuery<{ locked_until: Date | null }>("select locked_until from sign_in_throttles where key = $1", [key]);
  return rows[0]?.locked_until;
}

describe("the sign-in throttle table is not writable by the app role beyond what sign-in needs", () => {
  it("the application role cannot delete, update, insert or read a throttle row directly", async () => {
    const { key } = await lockedAccount();
    await expect(appRoleQuery("delete from sign_in_throttles where key = $1", [key])).rejects.toThrow(/permission denied/);
    await expect(appRoleQuery("update sign_in_throttles set locked_until = null where key = $1", [key])).rejects.toThrow(/permission denied/);
    await expect(appRoleQuery("insert into sign_in_throttles (key) values ('account:x@example.ru')")).rejects.toThrow(/permission denied/);
    await expect(appRoleQuery("select * from sign_in_throttles")).rejects.toThrow(/permission denied/);
    expect(await lockOf(key)).toBeInstanceOf(Date);
  });

  it("the clearing function clears only the signed-in account's own counter", async () => {
    const { key } = await lockedAccount();
    const someoneElse = await createUser();
    await appRoleQuery("select sign_in_throttle_clear($1)", [key], { "app.user_id": someoneElse.id });
    await appRoleQuery("select sign_in_throttle_clear($1)", [key]);
    expect(await lockOf(key)).toBeInstanceOf(Date);
  });

  it("a rule cannot be bent to nothing through the failure function", async () => {
    await expect(appRoleQuery("select sign_in_throttle_fail('address:192.0.2.50', now(), 0, 900000, 900000)")).rejects.toThrow(/out of range/);
  });
});
