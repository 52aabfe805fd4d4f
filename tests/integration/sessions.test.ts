import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import "@/lib/members/actions";
import "@/lib/profile/actions";
import { executeTenantAction, executeUserAction } from "@/lib/actions/define";
import { authenticate } from "@/lib/auth/sign-in";
import { checkSession, startSession } from "@/lib/auth/session-store";
import type { readSessionClaims, SessionClaims } from "@/lib/auth/session-token";
import { recordSignOut } from "@/lib/auth/sign-out";
import { createPrismaClient } from "@/lib/db/client";
import { authSecret } from "@/lib/env";
import { resolveTenant } from "@/lib/tenancy/context";
import { ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";
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
const HOUR = 3_600_000;

let school: OrganisationFixture;
let director: MemberFixture;
let otherSchool: OrganisationFixture;

beforeAll(async () => {
  ({ organisation: school, director } = await createSchool());
  otherSchool = await createOrganisationFixture();
});

/** Signs in as the credentials endpoint does: the claims the session cookie then carries. */
async function signIn(email: string, password = PASSWORD, now = new Date()): Promise<SessionClaims> {
  const outcome = await authenticate({ email, password }, uniqueAddress());
  if (!outcome.ok) throw new Error(`Sign-in failed: ${outcome.reason}`);
  const sid = await startSession(outcome.userId, { ipAddress: "192.0.2.20", userAgent: "vitest" }, now);
  return { uid: outcome.userId, sv: outcome.sessionVersion, sid };
}

async function statusOf(claims: SessionClaims): Promise<string> {
  return (await checkSession(claims)).status;
}

describe("session revocation", () => {
  it("a fresh session is signed in, as its own user", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    expect(await checkSession(await signIn(member.email))).toEqual({ status: "signed-in", user: await signedIn(member) });
  });

  it("an ended session is refused while another session of the same user still works", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const laptop = await signIn(member.email);
    const phone = await signIn(member.email);
    await recordSignOut(laptop);
    expect(await statusOf(laptop)).toBe("signed-out");
    expect(await statusOf(phone)).toBe("signed-in");
    const { rows } = await ownerQuery<{ id: string; ended: boolean }>(
      "select id::text, ended_at is not null as ended from user_sessions where user_id = $1 order by created_at",
      [member.id],
    );
    expect(rows).toEqual([
      { id: laptop.sid, ended: true },
      { id: phone.sid, ended: false },
    ]);
  });

  it("a session past its expiry is refused", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const yesterday = await signIn(member.email, PASSWORD, new Date(Date.now() - 24 * HOUR));
    expect(await statusOf(yesterday)).toBe("signed-out");
  });

  it("a cookie naming another user's session row opens nothing", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const other = await addMember(school, { roles: ["MENTOR"] });
    const theirs = await signIn(other.email);
    expect(await statusOf({ ...theirs, uid: member.id, sv: 0 })).toBe("signed-out");
  });

  it("a session stops being current once the user changes their password", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const before = await signIn(member.email);
    const result = await executeUserAction(
      userAction("profile.changePassword"),
      await signedIn(member),
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD },
      "192.0.2.10",
    );
    expect(result).toMatchObject({ ok: true });
    expect(await statusOf(before)).toBe("signed-out");

    // The new password gives a new, current session; the old password no longer works.
    const after = await signIn(member.email, NEW_PASSWORD);
    expect(after.sv).toBe(before.sv + 1);
    expect(await statusOf(after)).toBe("signed-in");
    expect(await authenticate({ email: member.email, password: PASSWORD }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("a session stops being current once the account is disabled", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const claims = await signIn(member.email);
    await setUserDisabled(member);
    expect(await statusOf(claims)).toBe("signed-out");
  });

  it("a session of an account that does not exist is not current", async () => {
    expect(await statusOf({ uid: randomUUID(), sv: 0, sid: randomUUID() })).toBe("signed-out");
  });

  it("a cookie without a session row id (issued before sessions were kept) opens nothing", async () => {
    expect(await checkSession(null)).toEqual({ status: "signed-out" });
  });
});

describe("a database outage is not a sign-out", () => {
  it("a session check against an unreachable database reports unavailable, not revoked", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const claims = await signIn(member.email);
    // A port nothing listens on: the connection is refused.
    const unreachable = createPrismaClient("postgresql://tandem_app:nothing@127.0.0.1:1/tandem", 1);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await checkSession(claims, unreachable.client)).toEqual({ status: "unavailable" });
    } finally {
      await unreachable.close();
    }
  });

  it("after the database drops the application's connections the check recovers without a restart and never says revoked", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const claims = await signIn(member.email);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { rows } = await ownerQuery<{ killed: number }>(
      "select count(pg_terminate_backend(pid))::int as killed from pg_stat_activity where usename = 'tandem_app' and datname = current_database()",
    );
    expect(rows[0]?.killed).toBeGreaterThan(0);
    const answers = [await statusOf(claims), await statusOf(claims)];
    expect(answers).not.toContain("signed-out");
    expect(answers.at(-1)).toBe("signed-in");
  });
});

describe("the session check is cheap", () => {
  it("a signed-in request's session check is one statement, no transaction", async () => {
    const member = await addMember(school, { roles: ["MENTOR"] });
    const claims = await signIn(member.email);
    const { result: status, sent } = await sentStatements(() => statusOf(claims));
    expect(status).toBe("signed-in");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/from app_session_user\(/);
  });
});

describe("the session cookie is read as next-auth writes it", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** readSessionClaims as a server configured by `publicUrl` has it (lib/env.ts reads the environment once). */
  async function readerFor(publicUrl: string): Promise<typeof readSessionClaims> {
    vi.stubEnv("PUBLIC_URL", publicUrl);
    vi.resetModules();
    return (await import("@/lib/auth/session-token")).readSessionClaims;
  }

  async function requestWithCookie(name: string): Promise<NextRequest> {
    const token = await encode({ token: { uid: randomUUID(), sv: 2, sid: randomUUID() }, secret: authSecret() });
    return new NextRequest("http://tandem.invalid/", { headers: { cookie: `${name}=${token}` } });
  }

  it("over http the cookie is next-auth.session-token", async () => {
    const read = await readerFor("http://localhost:3000");
    expect(await read(await requestWithCookie("next-auth.session-token"))).toMatchObject({ sv: 2 });
  });

  it("over https only the __Secure- cookie counts", async () => {
    const read = await readerFor("https://tandem.example");
    expect(await read(await requestWithCookie("__Secure-next-auth.session-token"))).toMatchObject({ sv: 2 });
    expect(await read(await requestWithCookie("next-auth.session-token"))).toBeNull();
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
