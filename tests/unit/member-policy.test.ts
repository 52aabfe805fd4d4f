import { describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { canViewMember, type MemberRecord } from "@/lib/members/policy";

function viewer(roles: OrganisationRole[], extra: { classesLed?: string[]; membershipId?: string } = {}) {
  return {
    user: { id: "viewer-user", email: "v@x.ru", lastName: "В", firstName: "В", middleName: null, isPlatformAdmin: false },
    membership: { id: extra.membershipId ?? "viewer-membership", roles, className: null, classesLed: extra.classesLed ?? [] },
  };
}

const student = (className: string, guardianIds: string[] = []): MemberRecord => ({
  id: "student",
  userId: "student-user",
  className,
  childrenClasses: [],
  guardianIds,
});

const parentOf = (className: string): MemberRecord => ({ id: "parent", userId: "parent-user", className: null, childrenClasses: [className], guardianIds: [] });

describe("who sees whose card", () => {
  it("the curator sees everyone", () => expect(canViewMember(viewer(["CURATOR"]), student("5А"))).toBe(true));

  it("a class teacher sees the students of their own class", () => {
    expect(canViewMember(viewer(["CLASS_TEACHER"], { classesLed: ["7А"] }), student("7А"))).toBe(true);
  });

  it("a class teacher does not see students of another class", () => {
    expect(canViewMember(viewer(["CLASS_TEACHER"], { classesLed: ["7А"] }), student("7Б"))).toBe(false);
  });

  it("a class teacher sees the parents of their students", () => {
    expect(canViewMember(viewer(["CLASS_TEACHER"], { classesLed: ["7А"] }), parentOf("7А"))).toBe(true);
    expect(canViewMember(viewer(["CLASS_TEACHER"], { classesLed: ["7А"] }), parentOf("9В"))).toBe(false);
  });

  it("a parent sees their own child and no other", () => {
    const parent = viewer(["PARENT"], { membershipId: "parent-membership" });
    expect(canViewMember(parent, student("7А", ["parent-membership"]))).toBe(true);
    expect(canViewMember(parent, student("7А", ["someone-else"]))).toBe(false);
  });

  it("a mentor does not see other members (pairs come later)", () => expect(canViewMember(viewer(["MENTOR"]), student("7А"))).toBe(false));

  it("anyone sees their own card", () => {
    expect(canViewMember(viewer(["MENTEE"]), { ...student("7А"), userId: "viewer-user" })).toBe(true);
  });
});
