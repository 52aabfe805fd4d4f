import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/members/actions";
import "@/lib/profile/actions";
import { executeTenantAction, executeUserAction } from "@/lib/actions/define";
import { authenticate } from "@/lib/auth/sign-in";
import { isSessionCurrent } from "@/lib/auth/session-version";
import { loadActiveUser } from "@/lib/auth/active-user";
import { resolveTenant } from "@/lib/tenancy/context";
import {
  PASSWORD,
  addMember,
  auditRows,
  createOrganisationFixture,
  createSchool,
  setUserDisabled,
  signedIn,
  tenantAction,
  uniqueAddress,
  userAction,
  type MemberFixture,
  type OrganisationFixture,
} from "./support/fixtures";

const NEW_PASSWORD = "Новый-пароль-2026";

let school: OrganisationFixture;
let director: MemberFixture;
let otherSchool: OrganisationFixture;

beforeAll(async () => {
  ({ organisation: school, director } = await createSchool());
  otherSchool = await createOrganisationFixture();
});

async function signIn(email: string, password = PASSWORD): Promise<number> {
  const outcome = await authenticate({ email, password }, uniqueAddress());
  if (!outcome.ok) throw new Error(`Sign-in failed: ${outcome.reason}`);
  return outcome.sessionVersion;
}

describe("session revocation", () => {
  it("a fresh session is current", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    expect(await isSessionCurrent(member.id, await signIn(member.email))).toBe(true);
  });

  it("a session stops being current once the user changes their password", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const version = await signIn(member.email);
    const result = await executeUserAction(
      userAction("profile.changePassword"),
      await signedIn(member),
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD },
      "192.0.2.10",
    );
    expect(result).toMatchObject({ ok: true });
    expect(await isSessionCurrent(member.id, version)).toBe(false);

    // The new password gives a new, current session; the old password no longer works.
    const newVersion = await signIn(member.email, NEW_PASSWORD);
    expect(newVersion).toBe(version + 1);
    expect(await isSessionCurrent(member.id, newVersion)).toBe(true);
    expect(await authenticate({ email: member.email, password: PASSWORD }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("a session stops being current once the account is disabled", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const version = await signIn(member.email);
    await setUserDisabled(member);
    expect(await isSessionCurrent(member.id, version)).toBe(false);
    expect(await loadActiveUser(member.id)).toBeNull();
  });

  it("a session of an account that does not exist is not current", async () => {
    expect(await isSessionCurrent("00000000-0000-4000-8000-000000000000", 0)).toBe(false);
  });
});

describe("membership changes take effect on the next request", () => {
  it("a member disabled by the director gets no tenant on the very next lookup, and the attempt is audited", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const user = await signedIn(member);
    expect(await resolveTenant(user, school.slug, null)).not.toBeNull();

    const disabled = await executeTenantAction(
      tenantAction("members.disable"),
      await signedIn(director),
      school.slug,
      { membershipId: member.membershipId },
      null,
    );
    expect(disabled).toMatchObject({ ok: true });

    expect(await resolveTenant(user, school.slug, "192.0.2.11")).toBeNull();
    expect(await auditRows({ action: "access.denied", actorUserId: member.id, organisationId: school.id })).toHaveLength(1);
  });

  it("disabling a member in one organisation leaves their other organisation open", async () => {
    const member = await addMember(school, { roles: ["PSYCHOLOGIST"] });
    await addMember(otherSchool, { roles: ["PSYCHOLOGIST"], user: member });
    await executeTenantAction(tenantAction("members.disable"), await signedIn(director), school.slug, { membershipId: member.membershipId }, null);

    const user = await signedIn(member);
    expect(await resolveTenant(user, school.slug, null)).toBeNull();
    expect(await resolveTenant(user, otherSchool.slug, null)).toMatchObject({ organisation: { id: otherSchool.id } });
  });

  it("a re-enabled member gets their tenant back on the next lookup", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const directorUser = await signedIn(director);
    const input = { membershipId: member.membershipId };
    await executeTenantAction(tenantAction("members.disable"), directorUser, school.slug, input, null);
    expect(await resolveTenant(await signedIn(member), school.slug, null)).toBeNull();
    expect(await executeTenantAction(tenantAction("members.enable"), directorUser, school.slug, input, null)).toMatchObject({ ok: true });
    expect(await resolveTenant(await signedIn(member), school.slug, null)).not.toBeNull();
  });

  it("the roles a tenant lookup returns change immediately after the director changes them", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const user = await signedIn(member);
    expect((await resolveTenant(user, school.slug, null))?.membership.roles).toEqual(["MENTOR"]);

    const changed = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(director),
      school.slug,
      { membershipId: member.membershipId, roles: ["CURATOR", "CLASS_TEACHER"], classesLed: "5А, 6Б" },
      null,
    );
    expect(changed).toMatchObject({ ok: true });

    const after = await resolveTenant(user, school.slug, null);
    expect(after?.membership.roles).toEqual(["CURATOR", "CLASS_TEACHER"]);
    expect(after?.membership.classesLed).toEqual(["5А", "6Б"]);
  });

  it("a role change takes away a permission on the very next action", async () => {
    const deputy = await addMember(school, { roles: ["DIRECTOR"] });
    const deputyUser = await signedIn(deputy);
    const someone = await addMember(school, { roles: ["MENTOR"] });
    const changeRoles = tenantAction("members.changeRoles");

    const demoted = await executeTenantAction(
      changeRoles,
      await signedIn(director),
      school.slug,
      { membershipId: deputy.membershipId, roles: ["CURATOR"] },
      null,
    );
    expect(demoted).toMatchObject({ ok: true });
    // The deputy's request after the change is refused, though their session is unchanged.
    const attempt = await executeTenantAction(changeRoles, deputyUser, school.slug, { membershipId: someone.membershipId, roles: ["MENTEE"] }, null);
    expect(attempt).toMatchObject({ ok: false, code: "forbidden" });
  });
});
