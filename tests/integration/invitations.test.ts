import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/invitations/actions";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { executeTenantAction } from "@/lib/actions/define";
import { acceptInvitation, viewInvitation } from "@/lib/invitations/accept";
import { authenticate } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { resolveTenant } from "@/lib/tenancy/context";
import { appRoleQuery, ownerQuery } from "./support/db";
import {
  PASSWORD,
  addMember,
  auditRows,
  createSchool,
  membershipRow,
  openOwnerTransaction,
  signedIn,
  someoneWaitsForALock,
  tenantAction,
  uniqueAddress,
  uniqueEmail,
  type MemberFixture,
  type OrganisationFixture,
} from "./support/fixtures";

const DAY = 24 * 3600 * 1000;
const NEW_PASSWORD = "Пароль-новичка-2025";

let school: OrganisationFixture;
let director: MemberFixture;
let otherSchool: OrganisationFixture;
let otherDirector: MemberFixture;

beforeAll(async () => {
  ({ organisation: school, director } = await createSchool());
  ({ organisation: otherSchool, director: otherDirector } = await createSchool());
});

type InvitationRow = {
  id: string;
  organisation_id: string | null;
  email: string;
  token_hash: string;
  accepted_at: Date | null;
  revoked_at: Date | null;
  expires_at: Date;
  created_at: Date;
};

async function invitationRows(email: string): Promise<InvitationRow[]> {
  const { rows } = await ownerQuery<InvitationRow>("select * from invitations where email = $1 order by created_at, id", [email]);
  return rows;
}

/** The director invites someone through the action pipeline; returns the one-time token. */
async function invite(
  email: string,
  roles: OrganisationRole[] = ["MENTOR"],
  by: { member: MemberFixture; organisation: OrganisationFixture } = { member: director, organisation: school },
): Promise<string> {
  const result = await executeTenantAction(
    tenantAction("invitations.create"),
    await signedIn(by.member),
    by.organisation.slug,
    { email, lastName: "Новикова", firstName: "Вера", roles },
    "192.0.2.20",
  );
  if (!result.ok) throw new Error(`Invitation refused: ${result.message}`);
  const path = (result.data as { path: string }).path;
  const token = path.replace(/^\/invite\//, "");
  expect(token).not.toBe(path);
  return token;
}

function newAccountForm(token: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { token, lastName: "Новикова", firstName: "Вера", password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD, ...overrides };
}

async function userIdOf(email: string): Promise<string | undefined> {
  const { rows } = await ownerQuery<{ id: string }>("select id from users where email = $1", [email]);
  return rows[0]?.id;
}

async function membershipOf(email: string, organisation: OrganisationFixture) {
  const { rows } = await ownerQuery<{ id: string }>(
    "select m.id from memberships m join users u on u.id = m.user_id where u.email = $1 and m.organisation_id = $2",
    [email, organisation.id],
  );
  return rows[0] ? membershipRow(rows[0].id) : null;
}

describe("creating an invitation", () => {
  it("only the SHA-256 hash of the token is stored, and the token opens the invitation", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email, ["MENTOR", "CLASS_TEACHER"]);
    const [row] = await invitationRows(email);
    expect(row?.token_hash).toBe(createHash("sha256").update(token, "utf8").digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    expect(await viewInvitation(token)).toEqual({
      email,
      lastName: "Новикова",
      firstName: "Вера",
      middleName: null,
      roles: ["MENTOR", "CLASS_TEACHER"],
      placeName: `Школа ${school.slug}`,
      status: "pending",
      hasAccount: false,
    });
  });

  it("an unknown token opens nothing", async () => {
    expect(await viewInvitation("no-such-token-no-such-token-no-such")).toBeNull();
  });

  it("an invitation is valid for seven days", async () => {
    const email = uniqueEmail("invitee");
    await invite(email);
    const [row] = await invitationRows(email);
    expect(row && row.expires_at.getTime() - row.created_at.getTime()).toBeGreaterThan(7 * DAY - 60_000);
    expect(row && row.expires_at.getTime() - row.created_at.getTime()).toBeLessThan(7 * DAY + 60_000);
  });

  it("creating an invitation is audited in the organisation's journal", async () => {
    const email = uniqueEmail("invitee");
    await invite(email, ["MENTEE"]);
    const [row] = await invitationRows(email);
    const events = await auditRows({ action: "invitation.created", entityId: row?.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      organisation_id: school.id,
      actor_user_id: director.id,
      entity_type: "invitation",
      ip_address: "192.0.2.20",
      details: { email, roles: ["MENTEE"] },
    });
  });

  it("inviting someone who is already a member is refused with a Russian message", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const result = await executeTenantAction(
      tenantAction("invitations.create"),
      await signedIn(director),
      school.slug,
      { email: member.email, lastName: "Тестова", firstName: "Мария", roles: ["CURATOR"] },
      null,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "refused",
      message: "Этот человек уже участник организации: измените его роли в карточке участника.",
      fieldErrors: { email: "Уже участник организации" },
    });
    expect(await invitationRows(member.email)).toEqual([]);
  });

  it("a member of another organisation may be invited", async () => {
    const stranger = await addMember(otherSchool, { roles: ["MENTOR"] });
    await invite(stranger.email);
    expect(await invitationRows(stranger.email)).toHaveLength(1);
  });

  it("a second invitation of the same e-mail revokes the first", async () => {
    const email = uniqueEmail("invitee");
    const first = await invite(email, ["MENTOR"]);
    const second = await invite(email, ["CURATOR"]);
    expect((await viewInvitation(first))?.status).toBe("revoked");
    expect((await viewInvitation(second))?.status).toBe("pending");
    expect(await acceptInvitation(newAccountForm(first), null)).toMatchObject({ ok: false, code: "refused" });
    expect(await acceptInvitation(newAccountForm(second), null)).toMatchObject({ ok: true });
    expect((await membershipOf(email, school))?.roles).toEqual(["CURATOR"]);
  });

  it("a revocation by a newer invitation is recorded in the journal too", async () => {
    const email = uniqueEmail("invitee");
    await invite(email, ["MENTOR"]);
    await invite(email, ["CURATOR"]);
    const [first] = await invitationRows(email);
    expect(first?.revoked_at).not.toBeNull();
    // Every other way an invitation ends up revoked is audited; this one must be too.
    expect(await auditRows({ action: "invitation.revoked", entityId: first?.id })).toHaveLength(1);
  });

  it("the invitation form answers in Russian", async () => {
    const result = await executeTenantAction(
      tenantAction("invitations.create"),
      await signedIn(director),
      school.slug,
      { email: "not-an-email", lastName: " ", firstName: "Вера", roles: [] },
      null,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Проверьте заполнение формы.",
      fieldErrors: {
        email: "Укажите адрес электронной почты в виде name@example.ru",
        lastName: "Заполните поле «Фамилия»",
        roles: "Выберите хотя бы одну роль",
      },
    });
  });
});

describe("accepting an invitation with a new account", () => {
  it("creates the account and a membership with the invited roles, and marks the invitation accepted", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email, ["MENTOR", "CLASS_TEACHER"]);
    const result = await acceptInvitation(newAccountForm(token, { middleName: "Игоревна", phone: "+7 900 000-00-00" }), "192.0.2.21");
    expect(result).toEqual({
      ok: true,
      data: { email, home: `/o/${school.slug}` },
      message: "Приглашение принято. Добро пожаловать!",
    });

    expect((await membershipOf(email, school))?.roles).toEqual(["MENTOR", "CLASS_TEACHER"]);
    const [row] = await invitationRows(email);
    expect(row?.accepted_at).not.toBeNull();
    expect((await viewInvitation(token))?.status).toBe("accepted");

    // The new person can sign in with the password they chose and reach the organisation.
    const outcome = await authenticate({ email, password: NEW_PASSWORD }, uniqueAddress());
    expect(outcome).toMatchObject({ ok: true });
    const userId = await userIdOf(email);
    if (!userId) throw new Error("no user");
    expect(await resolveTenant(await signedIn({ id: userId }), school.slug, null)).toMatchObject({
      membership: { roles: ["MENTOR", "CLASS_TEACHER"] },
    });
  });

  it("acceptance is audited with the new user as the actor", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email, ["MENTEE"]);
    await acceptInvitation(newAccountForm(token), "192.0.2.22");
    const [row] = await invitationRows(email);
    const events = await auditRows({ action: "invitation.accepted", entityId: row?.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      organisation_id: school.id,
      actor_user_id: await userIdOf(email),
      ip_address: "192.0.2.22",
      details: { email, roles: ["MENTEE"] },
    });
  });

  it("an invitation cannot be accepted twice", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    expect(await acceptInvitation(newAccountForm(token), null)).toMatchObject({ ok: true });
    expect(await acceptInvitation(newAccountForm(token, { password: "Другой-пароль-2025", passwordRepeat: "Другой-пароль-2025" }), null)).toEqual({
      ok: false,
      code: "refused",
      message: "Ссылка больше не действует: приглашение принято, отозвано или устарело.",
      fieldErrors: undefined,
    });
    // The second attempt changed nothing: the first password still works.
    expect(await authenticate({ email, password: NEW_PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("an invitation older than seven days is refused", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    expect((await viewInvitation(token, later))?.status).toBe("expired");
    expect(await acceptInvitation(newAccountForm(token), null, later)).toMatchObject({ ok: false, code: "refused" });
    expect(await userIdOf(email)).toBeUndefined();
    expect((await invitationRows(email))[0]?.accepted_at).toBeNull();
  });

  it("a revoked invitation is refused", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const [row] = await invitationRows(email);
    const revoked = await executeTenantAction(tenantAction("invitations.revoke"), await signedIn(director), school.slug, { invitationId: row?.id }, "192.0.2.23");
    expect(revoked).toMatchObject({ ok: true });
    expect((await viewInvitation(token))?.status).toBe("revoked");
    expect(await acceptInvitation(newAccountForm(token), null)).toMatchObject({ ok: false, code: "refused" });
    expect(await userIdOf(email)).toBeUndefined();

    const events = await auditRows({ action: "invitation.revoked", entityId: row?.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ organisation_id: school.id, actor_user_id: director.id, details: { email }, ip_address: "192.0.2.23" });
  });

  it("an accepted invitation cannot be revoked", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    await acceptInvitation(newAccountForm(token), null);
    const [row] = await invitationRows(email);
    const result = await executeTenantAction(tenantAction("invitations.revoke"), await signedIn(director), school.slug, { invitationId: row?.id }, null);
    expect(result).toMatchObject({ ok: false, code: "refused", message: "Приглашение уже принято: его нельзя отозвать." });
  });

  it("a director cannot revoke another organisation's invitation", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email, ["MENTOR"], { member: otherDirector, organisation: otherSchool });
    const [row] = await invitationRows(email);
    const result = await executeTenantAction(tenantAction("invitations.revoke"), await signedIn(director), school.slug, { invitationId: row?.id }, null);
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await viewInvitation(token))?.status).toBe("pending");
  });

  it("two simultaneous acceptances of one token: exactly one succeeds", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const results = await Promise.all([
      acceptInvitation(newAccountForm(token), null),
      acceptInvitation(newAccountForm(token, { password: "Второй-пароль-2025", passwordRepeat: "Второй-пароль-2025" }), null),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ code: "refused" }]);

    const { rows } = await ownerQuery<{ users: string; memberships: string }>(
      `select (select count(*) from users where email = $1)::text as users,
              (select count(*) from memberships m join users u on u.id = m.user_id where u.email = $1)::text as memberships`,
      [email],
    );
    expect(rows[0]).toEqual({ users: "1", memberships: "1" });
    expect(await auditRows({ action: "invitation.accepted", email })).toHaveLength(1);
  });

  it("an account created for the same e-mail at the same moment makes the acceptance a clean refusal, not an error", async () => {
    // Another acceptance (e.g. of an invitation to a second organisation) is creating the
    // same person's account right now: its insert is held open until ours has to wait.
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const competitor = await openOwnerTransaction([
      {
        sql: `insert into users (id, email, last_name, first_name, password_hash, updated_at)
              values (gen_random_uuid(), $1, 'Новикова', 'Вера', $2, now())`,
        params: [email, await hashPassword(NEW_PASSWORD)],
      },
    ]);
    const settled = acceptInvitation(newAccountForm(token), null).then(
      (result) => ({ threw: false as const, result }),
      (error: unknown) => ({ threw: true as const, error: error instanceof Error ? error.message : String(error) }),
    );
    await someoneWaitsForALock().catch(async (error: unknown) => {
      await competitor.rollback();
      throw error;
    });
    await competitor.commit();

    // The visitor gets a Russian refusal (a thrown error would be a 500), and the invitation stays open.
    const outcome = await settled;
    const thrown = outcome.threw ? `acceptInvitation threw: ${outcome.error.slice(0, 400)}` : undefined;
    expect(outcome, thrown).toMatchObject({ threw: false, result: { ok: false, code: "refused" } });
    expect((await viewInvitation(token))?.status).toBe("pending");
    expect(await acceptInvitation({ token, password: NEW_PASSWORD }, null)).toMatchObject({ ok: true });
  });

  it("the acceptance form answers in Russian", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const mismatch = await acceptInvitation(newAccountForm(token, { passwordRepeat: "Что-то-другое-2025" }), null);
    expect(mismatch).toMatchObject({ ok: false, code: "invalid", fieldErrors: { passwordRepeat: "Пароли не совпадают" } });

    const short = await acceptInvitation(newAccountForm(token, { password: "короткий", passwordRepeat: "короткий", firstName: "" }), null);
    expect(short).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Проверьте заполнение формы.",
      fieldErrors: { password: "Пароль — не короче 10 символов", firstName: "Заполните поле «Имя»" },
    });
    // Nothing was consumed by the refused attempts.
    expect((await viewInvitation(token))?.status).toBe("pending");
  });

  it("an unknown token is refused with a Russian message", async () => {
    expect(await acceptInvitation(newAccountForm("no-such-token-no-such-token-no-such"), null)).toMatchObject({
      ok: false,
      code: "not_found",
      message: "Приглашение не найдено. Попросите прислать новую ссылку.",
    });
  });
});

describe("accepting an invitation as an existing user", () => {
  it("the existing account must prove its password; a wrong one changes nothing", async () => {
    const stranger = await addMember(otherSchool, { roles: ["MENTOR"] });
    const token = await invite(stranger.email, ["CURATOR"]);
    expect((await viewInvitation(token))?.hasAccount).toBe(true);

    const wrong = await acceptInvitation({ token, password: "Неверный-пароль-0000" }, null);
    expect(wrong).toMatchObject({ ok: false, code: "refused", message: "Неверный пароль.", fieldErrors: { password: "Неверный пароль" } });
    expect((await viewInvitation(token))?.status).toBe("pending");
    expect(await membershipOf(stranger.email, school)).toBeNull();
    expect(await auditRows({ action: "invitation.accepted", email: stranger.email })).toEqual([]);
  });

  it("guessing the existing account's password through the link is locked like a sign-in", async () => {
    const target = await addMember(otherSchool, { roles: ["DIRECTOR"] });
    const token = await invite(target.email, ["MENTOR"]);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await acceptInvitation({ token, password: `Угадываю-${attempt}-0000` }, "198.51.100.9")).toMatchObject({ ok: false, message: "Неверный пароль." });
    }
    const right = await acceptInvitation({ token, password: PASSWORD }, "198.51.100.9");
    expect(right).toMatchObject({ ok: false, message: "Слишком много неудачных попыток. Повторите через 15 минут." });
    expect(await membershipOf(target.email, school)).toBeNull();
  });

  it("the right password adds the invited roles in the new organisation and leaves the old one as it was", async () => {
    const stranger = await addMember(otherSchool, { roles: ["MENTOR"] });
    const token = await invite(stranger.email, ["CURATOR", "PSYCHOLOGIST"]);
    const result = await acceptInvitation({ token, password: PASSWORD }, null);
    expect(result).toMatchObject({ ok: true, data: { email: stranger.email, home: `/o/${school.slug}` } });

    expect((await membershipOf(stranger.email, school))?.roles).toEqual(["CURATOR", "PSYCHOLOGIST"]);
    expect((await membershipRow(stranger.membershipId)).roles).toEqual(["MENTOR"]);
    // Same account, same password: no second user was created.
    const { rows } = await ownerQuery<{ n: string }>("select count(*)::text as n from users where email = $1", [stranger.email]);
    expect(rows[0]?.n).toBe("1");
    expect(await authenticate({ email: stranger.email, password: PASSWORD }, uniqueAddress())).toMatchObject({ ok: true, userId: stranger.id });
  });

  it("an existing user may not replace their name or password through the new-account form", async () => {
    const stranger = await addMember(otherSchool, { roles: ["MENTOR"] });
    const token = await invite(stranger.email);
    const result = await acceptInvitation(newAccountForm(token), null);
    expect(result).toMatchObject({ ok: false, code: "refused", message: "Учётная запись с этим адресом уже есть: войдите с её паролем." });
    expect((await viewInvitation(token))?.status).toBe("pending");
    expect(await authenticate({ email: stranger.email, password: PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
  });
});

describe("row-level security keyed on the invitation token", () => {
  // The application sets app.invitation_token_hash only while it handles a token; row-level
  // security must still bind that setting to the invitation it names, as it does for invitations.
  it("with an invitation's token set, the application role can change no account but the invited person's", async () => {
    const email = uniqueEmail("invitee");
    const token = await invite(email);
    const bystander = await addMember(otherSchool, { roles: ["MENTOR"] });
    const settings = { "app.invitation_token_hash": createHash("sha256").update(token, "utf8").digest("hex") };
    const { rowCount } = await appRoleQuery("update users set password_hash = 'forged' where id = $1", [bystander.id], settings);
    expect(rowCount).toBe(0);
    expect(await authenticate({ email: bystander.email, password: PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("a token hash that names no invitation lets the application role create or change no account", async () => {
    const bystander = await addMember(otherSchool, { roles: ["MENTOR"] });
    const settings = { "app.invitation_token_hash": "names-no-invitation" };
    const { rowCount } = await appRoleQuery("update users set password_hash = 'forged' where id = $1", [bystander.id], settings);
    expect(rowCount).toBe(0);
    await expect(
      appRoleQuery(
        "insert into users (id, email, last_name, first_name, updated_at) values (gen_random_uuid(), $1, 'Чужая', 'Запись', now())",
        [uniqueEmail("forged")],
        settings,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("a token hash that names no invitation lets the application role add nobody to an education authority", async () => {
    const bystander = await addMember(otherSchool, { roles: ["MENTOR"] });
    const { rows } = await ownerQuery<{ id: string }>(
      `insert into authorities (id, slug, name, short_name, level, region)
       values (gen_random_uuid(), $1, 'Управление образования', 'УО', 'MUNICIPAL', 'Самарская область') returning id`,
      [`uo-${bystander.id.slice(0, 8)}`],
    );
    await expect(
      appRoleQuery(
        "insert into authority_memberships (id, authority_id, user_id) values (gen_random_uuid(), $1, $2)",
        [rows[0]?.id, bystander.id],
        { "app.invitation_token_hash": "names-no-invitation" },
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
