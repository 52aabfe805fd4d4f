import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/profile/actions";
import { executeUserAction } from "@/lib/actions/define";
import { authenticate } from "@/lib/auth/sign-in";
import { appRoleQuery } from "./support/db";
import {
  PASSWORD,
  addMember,
  auditRows,
  createOrganisationFixture,
  signedIn,
  uniqueAddress,
  userAction,
  userRow,
  type OrganisationFixture,
} from "./support/fixtures";

const NEW_PASSWORD = "Новый-пароль-2026";

let schoolA: OrganisationFixture;
let schoolB: OrganisationFixture;

beforeAll(async () => {
  [schoolA, schoolB] = await Promise.all([createOrganisationFixture(), createOrganisationFixture()]);
});

/** Someone who works in two schools. */
async function person() {
  const member = await addMember(schoolA, { roles: ["MENTOR"], lastName: "Прежняя", firstName: "Фамилия" });
  await addMember(schoolB, { roles: ["PSYCHOLOGIST"], user: member });
  return member;
}

describe("profile", () => {
  it("updating the profile changes the name and is audited in each of the user's organisations", async () => {
    const user = await person();
    const result = await executeUserAction(
      userAction("profile.update"),
      await signedIn(user),
      { lastName: " Новая ", firstName: "Мария", middleName: "Ивановна", phone: "+7 900 123-45-67" },
      "192.0.2.40",
    );
    expect(result).toMatchObject({ ok: true, message: "Профиль сохранён." });
    expect(await userRow(user)).toMatchObject({ last_name: "Новая", first_name: "Мария" });

    const events = await auditRows({ action: "profile.updated", actorUserId: user.id });
    expect(events.map((event) => event.organisation_id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    for (const event of events) expect(event).toMatchObject({ entity_type: "user", entity_id: user.id, ip_address: "192.0.2.40" });
  });

  it("the profile form answers in Russian and changes nothing when invalid", async () => {
    const user = await person();
    const result = await executeUserAction(userAction("profile.update"), await signedIn(user), { lastName: "", firstName: "Мария", phone: "12" }, null);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { lastName: "Заполните поле «Фамилия»", phone: "Телефон: цифры, например +7 900 123-45-67" },
    });
    expect(await userRow(user)).toMatchObject({ last_name: "Прежняя" });
    expect(await auditRows({ action: "profile.updated", actorUserId: user.id })).toEqual([]);
  });

  it("the application role acting as one user cannot change another user's row", async () => {
    const me = await person();
    const other = await person();
    const { rowCount } = await appRoleQuery("update users set last_name = 'Взломанная' where id = $1", [other.id], { "app.user_id": me.id });
    expect(rowCount).toBe(0);
    expect(await userRow(other)).toMatchObject({ last_name: "Прежняя" });
  });
});

describe("changing the password", () => {
  it("a wrong current password is refused with a field error and changes nothing", async () => {
    const user = await person();
    const before = await userRow(user);
    const result = await executeUserAction(
      userAction("profile.changePassword"),
      await signedIn(user),
      { currentPassword: "Неверный-пароль-0000", newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD },
      null,
    );
    expect(result).toEqual({
      ok: false,
      code: "refused",
      message: "Текущий пароль введён неверно.",
      fieldErrors: { currentPassword: "Неверный пароль" },
    });
    const after = await userRow(user);
    expect(after.password_hash).toBe(before.password_hash);
    expect(after.session_version).toBe(before.session_version);
    expect(await auditRows({ action: "profile.password_changed", actorUserId: user.id })).toEqual([]);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("the new password must be repeated exactly and differ from the current one", async () => {
    const user = await person();
    const actor = await signedIn(user);
    const mismatch = await executeUserAction(
      userAction("profile.changePassword"),
      actor,
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordRepeat: `${NEW_PASSWORD}!` },
      null,
    );
    expect(mismatch).toMatchObject({ ok: false, code: "invalid", fieldErrors: { newPasswordRepeat: "Пароли не совпадают" } });
    const same = await executeUserAction(
      userAction("profile.changePassword"),
      actor,
      { currentPassword: PASSWORD, newPassword: PASSWORD, newPasswordRepeat: PASSWORD },
      null,
    );
    expect(same).toMatchObject({ ok: false, code: "invalid", fieldErrors: { newPassword: "Новый пароль совпадает с текущим" } });
    expect((await userRow(user)).session_version).toBe(0);
  });

  it("a new password replaces the old one, ends every session and is audited", async () => {
    const user = await person();
    const result = await executeUserAction(
      userAction("profile.changePassword"),
      await signedIn(user),
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD },
      "192.0.2.41",
    );
    expect(result).toMatchObject({ ok: true });
    expect((await userRow(user)).session_version).toBe(1);
    expect(await authenticate({ email: user.email, password: PASSWORD }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD }, uniqueAddress())).toMatchObject({ ok: true, sessionVersion: 1 });
    const events = await auditRows({ action: "profile.password_changed", actorUserId: user.id });
    expect(events.map((event) => event.organisation_id).sort()).toEqual([schoolA.id, schoolB.id].sort());
  });
});
