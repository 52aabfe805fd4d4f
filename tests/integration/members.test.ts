import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/members/actions";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { executeTenantAction } from "@/lib/actions/define";
import { UserFacingError } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { changeMemberRoles, setMemberDisabled } from "@/lib/members/service";
import { getMemberCard, listMembers, MEMBERS_PAGE_SIZE } from "@/lib/members/queries";
import { memberListQuerySchema } from "@/lib/members/schemas";
import type { TenantContext } from "@/lib/tenancy/context";
import {
  activeDirectorIds,
  addGuardianship,
  addManyMembers,
  addMember,
  auditRows,
  createSchool,
  membershipRow,
  signedIn,
  someoneWaitsForALock,
  tenantAction,
  tenantOf,
  type MemberFixture,
  type OrganisationFixture,
} from "./support/fixtures";

const LAST_DIRECTOR = "В организации должен остаться хотя бы один действующий руководитель.";

function tenantKey(ctx: TenantContext) {
  return { organisationId: ctx.organisation.id, userId: ctx.user.id };
}

function rolesChange(membershipId: string, roles: OrganisationRole[]) {
  return { membershipId, roles, classesLed: [] };
}

/** Two directors in a fresh school, each with a resolved context (both authorised, as in a real race). */
async function twoDirectors() {
  const { organisation, director: first } = await createSchool();
  const second = await addMember(organisation, { roles: ["DIRECTOR"] });
  return {
    organisation,
    first,
    second,
    firstCtx: await tenantOf(first, organisation),
    secondCtx: await tenantOf(second, organisation),
  };
}

function expectOneSucceeded(results: PromiseSettledResult<void>[]): void {
  expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  const [refused] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
  expect(refused?.reason).toBeInstanceOf(UserFacingError);
  expect(refused?.reason).toMatchObject({ message: LAST_DIRECTOR });
}

describe("the last director", () => {
  it("the only director cannot remove their own director role", async () => {
    const { organisation, director } = await createSchool();
    const result = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(director),
      organisation.slug,
      { membershipId: director.membershipId, roles: ["CURATOR"] },
      null,
    );
    expect(result).toMatchObject({ ok: false, code: "refused", message: LAST_DIRECTOR });
    expect((await membershipRow(director.membershipId)).roles).toEqual(["DIRECTOR"]);
    expect(await auditRows({ action: "membership.roles_changed", organisationId: organisation.id })).toEqual([]);
  });

  it("a director cannot disable themself", async () => {
    const { organisation, director } = await createSchool();
    const result = await executeTenantAction(
      tenantAction("members.disable"),
      await signedIn(director),
      organisation.slug,
      { membershipId: director.membershipId },
      null,
    );
    expect(result).toMatchObject({ ok: false, code: "refused", message: "Нельзя отключить самого себя." });
    expect((await membershipRow(director.membershipId)).disabled_at).toBeNull();
  });

  it("a disabled second director does not count as the one who remains", async () => {
    const { organisation, director } = await createSchool();
    const other = await addMember(organisation, { roles: ["DIRECTOR"] });
    const ctx = await tenantOf(director, organisation);
    await inTenant(tenantKey(ctx), (tx) => setMemberDisabled(tx, ctx, other.membershipId, true));
    await expect(inTenant(tenantKey(ctx), (tx) => changeMemberRoles(tx, ctx, rolesChange(director.membershipId, ["CURATOR"])))).rejects.toThrow(
      LAST_DIRECTOR,
    );
  });

  it("with a second active director, a director may step down", async () => {
    const { organisation, first, second } = await twoDirectors();
    const result = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(first),
      organisation.slug,
      { membershipId: first.membershipId, roles: ["CURATOR"] },
      null,
    );
    expect(result).toMatchObject({ ok: true });
    expect(await activeDirectorIds(organisation)).toEqual([second.membershipId]);
  });

  it("two directors removing each other's director role at the same time leave exactly one director", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { organisation, first, second, firstCtx, secondCtx } = await twoDirectors();
      const results = await Promise.allSettled([
        inTenant(tenantKey(firstCtx), (tx) => changeMemberRoles(tx, firstCtx, rolesChange(second.membershipId, ["CURATOR"]))),
        inTenant(tenantKey(secondCtx), (tx) => changeMemberRoles(tx, secondCtx, rolesChange(first.membershipId, ["CURATOR"]))),
      ]);
      expectOneSucceeded(results);
      expect(await activeDirectorIds(organisation)).toHaveLength(1);
      expect(await auditRows({ action: "membership.roles_changed", organisationId: organisation.id })).toHaveLength(1);
    }
  });

  it("a demotion that waits for another one re-counts the directors after it commits", async () => {
    // Deterministic interleaving: the first change holds its transaction open until the
    // second has started and is blocked; without the lock both would see two directors.
    const { organisation, first, second, firstCtx, secondCtx } = await twoDirectors();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let changed = () => {};
    const firstHasChanged = new Promise<void>((resolve) => (changed = resolve));

    const firstChange = inTenant(tenantKey(firstCtx), async (tx) => {
      await changeMemberRoles(tx, firstCtx, rolesChange(second.membershipId, ["CURATOR"]));
      changed();
      await gate;
    });
    await Promise.race([firstHasChanged, firstChange]);
    const secondChange = inTenant(tenantKey(secondCtx), (tx) => changeMemberRoles(tx, secondCtx, rolesChange(first.membershipId, ["CURATOR"])));
    const secondSettled = secondChange.then(
      () => "succeeded",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    try {
      await someoneWaitsForALock();
    } finally {
      release();
    }
    await firstChange;
    expect(await secondSettled).toBe(LAST_DIRECTOR);
    expect(await activeDirectorIds(organisation)).toEqual([first.membershipId]);
  });

  it("two directors disabling each other at the same time leave exactly one active director", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { organisation, first, second, firstCtx, secondCtx } = await twoDirectors();
      const results = await Promise.allSettled([
        inTenant(tenantKey(firstCtx), (tx) => setMemberDisabled(tx, firstCtx, second.membershipId, true)),
        inTenant(tenantKey(secondCtx), (tx) => setMemberDisabled(tx, secondCtx, first.membershipId, true)),
      ]);
      expectOneSucceeded(results);
      expect(await activeDirectorIds(organisation)).toHaveLength(1);
    }
  });

  it("one director disabling the other while being demoted by them leaves exactly one active director", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { organisation, first, second, firstCtx, secondCtx } = await twoDirectors();
      const results = await Promise.allSettled([
        inTenant(tenantKey(firstCtx), (tx) => setMemberDisabled(tx, firstCtx, second.membershipId, true)),
        inTenant(tenantKey(secondCtx), (tx) => changeMemberRoles(tx, secondCtx, rolesChange(first.membershipId, ["MENTOR"]))),
      ]);
      expectOneSucceeded(results);
      expect(await activeDirectorIds(organisation)).toHaveLength(1);
    }
  });
});

describe("role changes", () => {
  it("a role change is audited with the roles before and after", async () => {
    const { organisation, director } = await createSchool();
    const member = await addMember(organisation, { roles: ["MENTOR"] });
    const result = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(director),
      organisation.slug,
      { membershipId: member.membershipId, roles: ["MENTOR", "CLASS_TEACHER"], classesLed: "7А" },
      "192.0.2.30",
    );
    expect(result).toMatchObject({ ok: true, message: "Роли сохранены." });
    const events = await auditRows({ action: "membership.roles_changed", entityId: member.membershipId });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      organisation_id: organisation.id,
      actor_user_id: director.id,
      entity_type: "membership",
      ip_address: "192.0.2.30",
      details: { email: member.email, before: ["MENTOR"], after: ["MENTOR", "CLASS_TEACHER"] },
    });
  });

  it("disabling a member is audited", async () => {
    const { organisation, director } = await createSchool();
    const member = await addMember(organisation, { roles: ["MENTOR"] });
    await executeTenantAction(tenantAction("members.disable"), await signedIn(director), organisation.slug, { membershipId: member.membershipId }, null);
    expect(await auditRows({ action: "membership.disabled", entityId: member.membershipId })).toMatchObject([
      { organisation_id: organisation.id, actor_user_id: director.id, details: { email: member.email } },
    ]);
  });

  it("a director cannot change roles of a member of another organisation by forging its id", async () => {
    const { organisation, director } = await createSchool();
    const { organisation: other } = await createSchool();
    const stranger = await addMember(other, { roles: ["MENTOR"] });
    const result = await executeTenantAction(
      tenantAction("members.changeRoles"),
      await signedIn(director),
      organisation.slug,
      { membershipId: stranger.membershipId, roles: ["DIRECTOR"] },
      null,
    );
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await membershipRow(stranger.membershipId)).roles).toEqual(["MENTOR"]);
  });
});

describe("member lists", () => {
  it("the list is paginated: sixty members make pages of 25, 25 and 10", async () => {
    const { organisation, director } = await createSchool();
    await addManyMembers(
      organisation,
      Array.from({ length: 59 }, (_, index) => ({
        lastName: `Участников-${String(index).padStart(2, "0")}`,
        firstName: "Иван",
        roles: ["MENTOR"] as OrganisationRole[],
      })),
    );
    const ctx = await tenantOf(director, organisation);
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listMembers(ctx, memberListQuerySchema.parse({ page: String(page) }))));
    expect(MEMBERS_PAGE_SIZE).toBe(25);
    expect(pages.map((page) => page.rows.length)).toEqual([25, 25, 10, 0]);
    for (const page of pages) expect(page.total).toBe(60);
    const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(60);
  });

  describe("who sees whom", () => {
    let organisation: OrganisationFixture;
    let director: MemberFixture;
    let teacher: MemberFixture;
    let pupil: MemberFixture;
    let classmate: MemberFixture;
    let otherPupil: MemberFixture;
    let parent: MemberFixture;
    let otherParent: MemberFixture;
    let stranger: MemberFixture;

    beforeAll(async () => {
      ({ organisation, director } = await createSchool());
      teacher = await addMember(organisation, { roles: ["CLASS_TEACHER"], classesLed: ["5А"] });
      pupil = await addMember(organisation, { roles: ["MENTEE"], className: "5А" });
      classmate = await addMember(organisation, { roles: ["MENTEE"], className: "5А" });
      otherPupil = await addMember(organisation, { roles: ["MENTEE"], className: "5Б" });
      parent = await addMember(organisation, { roles: ["PARENT"] });
      otherParent = await addMember(organisation, { roles: ["PARENT"] });
      await addMember(organisation, { roles: ["MENTOR"] });
      await addGuardianship(parent, pupil);
      await addGuardianship(otherParent, otherPupil);
      const { organisation: other } = await createSchool();
      stranger = await addMember(other, { roles: ["MENTEE"], className: "5А" });
    });

    it("a class teacher's list holds only themself, their class's students and those students' parents", async () => {
      const ctx = await tenantOf(teacher, organisation);
      const { rows, total } = await listMembers(ctx, memberListQuerySchema.parse({}));
      expect(rows.map((row) => row.id).sort()).toEqual([teacher, pupil, classmate, parent].map((m) => m.membershipId).sort());
      expect(total).toBe(4);
    });

    it("the director's list holds everyone in the organisation and nobody from elsewhere", async () => {
      const ctx = await tenantOf(director, organisation);
      const { rows, total } = await listMembers(ctx, memberListQuerySchema.parse({}));
      expect(total).toBe(8);
      expect(rows.map((row) => row.id)).not.toContain(stranger.membershipId);
    });

    it("a member card of another organisation is not found, even by its real id", async () => {
      expect(await getMemberCard(await tenantOf(director, organisation), stranger.membershipId)).toBeNull();
      expect(await getMemberCard(await tenantOf(teacher, organisation), stranger.membershipId)).toBeNull();
    });

    it("a class teacher sees the cards of their own class and its parents, and no other class's", async () => {
      const ctx = await tenantOf(teacher, organisation);
      expect(await getMemberCard(ctx, pupil.membershipId)).toMatchObject({ id: pupil.membershipId, className: "5А" });
      expect(await getMemberCard(ctx, parent.membershipId)).toMatchObject({ id: parent.membershipId });
      expect(await getMemberCard(ctx, otherPupil.membershipId)).toBeNull();
      expect(await getMemberCard(ctx, otherParent.membershipId)).toBeNull();
      expect(await getMemberCard(ctx, director.membershipId)).toBeNull();
    });

    it("a parent sees their own child's card, and not another child's", async () => {
      const ctx = await tenantOf(parent, organisation);
      const card = await getMemberCard(ctx, pupil.membershipId);
      expect(card).toMatchObject({ id: pupil.membershipId, guardians: [{ id: parent.membershipId }] });
      expect(await getMemberCard(ctx, classmate.membershipId)).toBeNull();
      expect(await getMemberCard(ctx, otherPupil.membershipId)).toBeNull();
      expect(await getMemberCard(ctx, parent.membershipId)).toMatchObject({ children: [{ id: pupil.membershipId }] });
    });

    it("a student sees only their own card", async () => {
      const ctx = await tenantOf(pupil, organisation);
      expect(await getMemberCard(ctx, pupil.membershipId)).not.toBeNull();
      expect(await getMemberCard(ctx, classmate.membershipId)).toBeNull();
      expect(await getMemberCard(ctx, parent.membershipId)).toBeNull();
    });
  });
});
