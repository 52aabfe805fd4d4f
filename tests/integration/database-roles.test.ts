// What the database itself guarantees about password hashes and platform administration,
// whatever the application's code does: checked with raw SQL as each role.
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, hashWithPrefix } from "@/lib/auth/password";
import { asPlatformAdmin } from "@/lib/db/scope";
import { newInvitationToken } from "@/lib/invitations/token";
import { appRoleQuery, ownerQuery, platformRoleQuery } from "./support/db";
import {
  PASSWORD,
  addMember,
  createSchool,
  createUser,
  insertAuditRow,
  signedIn,
  uniqueEmail,
  userRow,
  type MemberFixture,
  type OrganisationFixture,
} from "./support/fixtures";

let schoolA: OrganisationFixture;
let schoolB: OrganisationFixture;
let directorA: MemberFixture;
let mentorA: MemberFixture;
let directorB: MemberFixture;

beforeAll(async () => {
  const [a, b] = await Promise.all([createSchool(), createSchool()]);
  schoolA = a.organisation;
  schoolB = b.organisation;
  directorA = a.director;
  directorB = b.director;
  mentorA = await addMember(schoolA, { roles: ["MENTOR"] });
  await insertAuditRow({ organisationId: schoolA.id, action: "test.event", createdAt: new Date() });
  await insertAuditRow({ organisationId: schoolB.id, action: "test.event", createdAt: new Date() });
});

const asUser = (user: { id: string }) => ({ "app.user_id": user.id });
const inTenant = (organisation: { id: string }, user: { id: string }) => ({ "app.organisation_id": organisation.id, "app.user_id": user.id });

async function visibleUserIds(settings: Record<string, string>): Promise<string[]> {
  const { rows } = await appRoleQuery<{ id: string }>("select id from users order by id", [], settings);
  return rows.map((row) => row.id);
}

async function signInAccount(email: string) {
  const { rows } = await appRoleQuery<{ account_id: string | null; disabled: boolean; session_version: number; hash_prefix: string }>(
    "select * from sign_in_account($1)",
    [email],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function passwordMatches(email: string, candidate: string): Promise<boolean> {
  const { rows } = await appRoleQuery<{ ok: boolean }>("select password_matches($1, $2) as ok", [email, candidate]);
  return rows[0]!.ok;
}

describe("the application role cannot read password hashes", () => {
  it("a query naming password_hash is refused, even for the user's own row", async () => {
    await expect(appRoleQuery("select password_hash from users where id = $1", [directorA.id], asUser(directorA))).rejects.toThrow(
      /permission denied/,
    );
    await expect(appRoleQuery("select * from users", [], asUser(directorA))).rejects.toThrow(/permission denied/);
  });

  it("every other column of one's own row stays readable", async () => {
    const { rows } = await appRoleQuery<{ email: string }>(
      "select id, email, last_name, first_name, middle_name, phone, is_platform_admin, disabled_at, session_version from users where id = $1",
      [directorA.id],
      asUser(directorA),
    );
    expect(rows.map((row) => row.email)).toEqual([directorA.email]);
  });

  it("the sign-in look-up gives the hash's parameters and salt, never its digest", async () => {
    const stored = (await userRow(directorA)).password_hash!;
    const account = await signInAccount(directorA.email);
    expect(account).toMatchObject({ account_id: directorA.id, disabled: false, session_version: 0 });
    expect(account.hash_prefix).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$$/);
    expect(stored.startsWith(account.hash_prefix)).toBe(true);
    expect(stored.length - account.hash_prefix.length).toBeGreaterThan(40);
  });

  it("an unknown e-mail gets a fake prefix of the same shape, the same on every call", async () => {
    const email = uniqueEmail("nobody");
    const first = await signInAccount(email);
    const second = await signInAccount(email);
    expect(first).toMatchObject({ account_id: null, disabled: false });
    expect(first.hash_prefix).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$$/);
    expect(second.hash_prefix).toBe(first.hash_prefix);
    expect((await signInAccount(uniqueEmail("nobody"))).hash_prefix).not.toBe(first.hash_prefix);
  });

  it("the database compares a candidate computed with that salt and answers only yes or no", async () => {
    const { hash_prefix } = await signInAccount(directorA.email);
    expect(await passwordMatches(directorA.email, await hashWithPrefix(hash_prefix, PASSWORD))).toBe(true);
    expect(await passwordMatches(directorA.email, await hashWithPrefix(hash_prefix, "Неверный-пароль-1"))).toBe(false);
    const unknown = uniqueEmail("nobody");
    expect(await passwordMatches(unknown, await hashWithPrefix((await signInAccount(unknown)).hash_prefix, PASSWORD))).toBe(false);
  });

  it("an account without a password matches nothing", async () => {
    const invited = await createUser({ password: null });
    const { hash_prefix, account_id } = await signInAccount(invited.email);
    expect(account_id).toBe(invited.id);
    expect(await passwordMatches(invited.email, await hashWithPrefix(hash_prefix, PASSWORD))).toBe(false);
  });

  it("the functions that read users for the app role belong to the owner and only the application role may call them", async () => {
    const { rows } = await ownerQuery<{ name: string; definer: boolean; config: string[] | null; public_can: boolean; app_can: boolean }>(
      `select p.proname as name, p.prosecdef as definer, p.proconfig as config,
              has_function_privilege('public', p.oid, 'EXECUTE') as public_can,
              has_function_privilege('tandem_app', p.oid, 'EXECUTE') as app_can
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.proname in ('sign_in_account', 'password_matches', 'invited_account_has_password', 'audit_actors')
        order by p.proname`,
    );
    expect(rows.map((row) => row.name)).toEqual(["audit_actors", "invited_account_has_password", "password_matches", "sign_in_account"]);
    for (const row of rows) {
      expect(row, row.name).toMatchObject({ definer: true, config: ["search_path=public, pg_temp"], public_can: false, app_can: true });
    }
  });

  it("setting a password stays possible, for one's own row only", async () => {
    const newHash = await hashPassword("Новый-пароль-2026");
    const own = await appRoleQuery("update users set password_hash = $2 where id = $1", [mentorA.id, newHash], asUser(mentorA));
    expect(own.rowCount).toBe(1);
    expect((await userRow(mentorA)).password_hash).toBe(newHash);
    const before = (await userRow(directorB)).password_hash;
    const other = await appRoleQuery("update users set password_hash = $2 where id = $1", [directorB.id, newHash], inTenant(schoolA, directorA));
    expect(other.rowCount).toBe(0);
    expect((await userRow(directorB)).password_hash).toBe(before);
  });
});

describe("users are readable only where the reader shares an organisation with them", () => {
  it("without any scope no user is visible", async () => {
    expect(await visibleUserIds({})).toEqual([]);
  });

  it("a signed-in user outside any organisation sees only themself", async () => {
    expect(await visibleUserIds(asUser(mentorA))).toEqual([mentorA.id]);
  });

  it("a school's scope sees its own members, not another school's", async () => {
    const seen = await visibleUserIds(inTenant(schoolA, directorA));
    expect(seen).toEqual([directorA.id, mentorA.id].sort());
    expect(seen).not.toContain(directorB.id);
    const named = await appRoleQuery("select id from users where email = $1", [directorB.email], inTenant(schoolA, directorA));
    expect(named.rowCount).toBe(0);
  });

  it("an invitation being accepted shows its addressee, nobody else", async () => {
    const invitee = await createUser({ password: null });
    const { tokenHash } = newInvitationToken();
    await ownerQuery(
      `insert into invitations (id, organisation_id, email, last_name, first_name, roles, token_hash, expires_at)
       values (gen_random_uuid(), $1, $2, 'Новикова', 'Ольга', '{MENTOR}', $3, now() + interval '1 day')`,
      [schoolB.id, invitee.email, tokenHash],
    );
    expect(await visibleUserIds({ "app.invitation_token_hash": tokenHash })).toEqual([invitee.id]);
    const { rows } = await appRoleQuery<{ has: boolean }>("select invited_account_has_password() as has", [], {
      "app.invitation_token_hash": tokenHash,
    });
    expect(rows[0]?.has).toBe(false);
  });

  it("the journal names an outside actor of the school's own events, and no one else", async () => {
    const outsider = await addMember(schoolB, { roles: ["MENTOR"] });
    const named = async () =>
      (await appRoleQuery<{ id: string }>("select id from audit_actors($1::uuid[])", [[outsider.id, directorB.id]], inTenant(schoolA, directorA))).rows.map(
        (row) => row.id,
      );
    expect(await named()).toEqual([]);
    await insertAuditRow({ organisationId: schoolA.id, action: "access.denied", actorUserId: outsider.id, createdAt: new Date() });
    expect(await named()).toEqual([outsider.id]);
  });

  it("the platform role sees every user", async () => {
    const { rows } = await platformRoleQuery<{ id: string }>("select id from users where id = any($1::uuid[])", [[directorA.id, directorB.id]]);
    expect(rows).toHaveLength(2);
  });
});

describe("no query can make itself platform administrator", () => {
  const claimAdmin = { "app.platform_admin": "on" };

  it("the old setting opens nothing: other schools' journals and passwords stay closed", async () => {
    const { rows } = await appRoleQuery<{ admin: boolean }>("select app_is_platform_admin() as admin", [], claimAdmin);
    expect(rows[0]?.admin).toBe(false);
    const events = await appRoleQuery("select id from audit_events", [], claimAdmin);
    expect(events.rowCount).toBe(0);
    const before = (await userRow(directorB)).password_hash;
    const overwrite = await appRoleQuery(
      "update users set password_hash = 'x' where id = $1",
      [directorB.id],
      { ...claimAdmin, ...inTenant(schoolA, directorA) },
    );
    expect(overwrite.rowCount).toBe(0);
    expect((await userRow(directorB)).password_hash).toBe(before);
  });

  it("the application role cannot switch to the platform role", async () => {
    await expect(appRoleQuery("set local role tandem_platform")).rejects.toThrow(/permission denied/);
  });

  it("the application role cannot grant itself the platform flag, by update or by insert", async () => {
    await expect(appRoleQuery("update users set is_platform_admin = true where id = $1", [mentorA.id], asUser(mentorA))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      appRoleQuery(
        `insert into users (id, email, last_name, first_name, is_platform_admin, updated_at)
         values (gen_random_uuid(), $1, 'Л', 'Л', true, now())`,
        [uniqueEmail("intruder")],
        claimAdmin,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("the platform role is what app_is_platform_admin() asks for, and it reads every journal", async () => {
    const { rows } = await platformRoleQuery<{ admin: boolean }>("select app_is_platform_admin() as admin");
    expect(rows[0]?.admin).toBe(true);
    const events = await platformRoleQuery<{ organisation_id: string }>(
      "select distinct organisation_id from audit_events where organisation_id = any($1::uuid[])",
      [[schoolA.id, schoolB.id]],
    );
    expect(events.rowCount).toBe(2);
  });

  it("the platform role owns nothing, is no superuser, cannot bypass RLS, and the application role is not its member", async () => {
    const { rows } = await ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean; owned: string; app_is_member: boolean }>(
      `select r.rolsuper, r.rolbypassrls,
              (select count(*) from pg_class c where c.relowner = r.oid) as owned,
              pg_has_role('tandem_app', 'tandem_platform', 'MEMBER') as app_is_member
         from pg_roles r where r.rolname = 'tandem_platform'`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: "0", app_is_member: false });
  });

  it("the platform role cannot read password hashes nor set the platform flag either", async () => {
    await expect(platformRoleQuery("select password_hash from users")).rejects.toThrow(/permission denied/);
    await expect(platformRoleQuery("update users set is_platform_admin = true where id = $1", [mentorA.id])).rejects.toThrow(/permission denied/);
  });

  it("platform work runs only for a user the database knows as platform administrator", async () => {
    const ordinary = await signedIn(mentorA);
    await expect(asPlatformAdmin({ ...ordinary, isPlatformAdmin: true }, async () => "opened")).rejects.toThrow(/platform administrator/);
    const admin = await createUser();
    await ownerQuery("update users set is_platform_admin = true where id = $1", [admin.id]);
    const seen = await asPlatformAdmin(await signedIn(admin), async (tx) => {
      const [row] = await tx.$queryRaw<{ who: string; admin: boolean }[]>`select current_user::text as who, app_is_platform_admin() as admin`;
      return row;
    });
    expect(seen).toEqual({ who: "tandem_platform", admin: true });
  });
});
