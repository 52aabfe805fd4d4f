import { describe, expect, it } from "vitest";
import type { OrderStatus, OrganisationRole } from "@/lib/generated/prisma/enums";
import { orderSteps } from "@/lib/orders/policy";
import { mayBeApproved, mayChangeParameters, mayChangeRoadmap, mayComplete } from "@/lib/programmes/policy";

const member = (...roles: OrganisationRole[]) => ({ id: "me", roles });
const order = (status: OrderStatus, approvals: { membershipId: string; agreedAt: Date | null }[] = []) => ({ status, approvals });
const agreed = new Date("2025-09-01T10:00:00Z");

describe("the steps an order allows", () => {
  it("a draft is changed by whoever drafts orders, and by nobody else", () => {
    expect(orderSteps(order("DRAFT"), member("CURATOR")).changeDraft).toBe(true);
    expect(orderSteps(order("DRAFT"), member("CLASS_TEACHER")).changeDraft).toBe(false);
    expect(orderSteps(order("IN_REVIEW"), member("CURATOR")).changeDraft).toBe(false);
  });

  it("only a person on the approval sheet who has not agreed yet is asked to agree", () => {
    const inReview = order("IN_REVIEW", [{ membershipId: "me", agreedAt: null }, { membershipId: "other", agreedAt: agreed }]);
    expect(orderSteps(inReview, member("CLASS_TEACHER")).agree).toBe(true);
    expect(orderSteps(inReview, { id: "other", roles: ["METHODIST"] }).agree).toBe(false);
    expect(orderSteps(inReview, { id: "third", roles: ["METHODIST"] }).agree).toBe(false);
  });

  it("the director signs only once everyone on the sheet agreed", () => {
    expect(orderSteps(order("IN_REVIEW", [{ membershipId: "x", agreedAt: null }]), member("DIRECTOR"))).toMatchObject({ signer: true, sign: false });
    expect(orderSteps(order("IN_REVIEW", [{ membershipId: "x", agreedAt: agreed }]), member("DIRECTOR"))).toMatchObject({ signer: true, sign: true });
    expect(orderSteps(order("IN_REVIEW"), member("CURATOR"))).toMatchObject({ signer: false, sign: false, returnToDraft: true });
  });

  it("a signed order allows no step", () => {
    expect(orderSteps(order("SIGNED"), member("DIRECTOR", "CURATOR"))).toEqual({ changeDraft: false, agree: false, returnToDraft: false, signer: false, sign: false });
  });
});

describe("what may change in a programme", () => {
  it("parameters only in a draft, the roadmap until completion", () => {
    expect([mayChangeParameters({ status: "DRAFT" }), mayChangeParameters({ status: "APPROVED" })]).toEqual([true, false]);
    expect([mayChangeRoadmap({ status: "APPROVED" }), mayChangeRoadmap({ status: "COMPLETED" })]).toEqual([true, false]);
  });

  it("a draft is approved, an approved programme completed", () => {
    expect([mayBeApproved({ status: "DRAFT" }), mayBeApproved({ status: "APPROVED" })]).toEqual([true, false]);
    expect([mayComplete({ status: "APPROVED" }), mayComplete({ status: "DRAFT" })]).toEqual([true, false]);
  });
});
