import { describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { activityRights, isResponsible, mayAddEvidence, mayChangeStatus, mayComment, mayEditRoadmap } from "@/lib/roadmap/policy";

const member = (...roles: OrganisationRole[]) => ({ id: "me", roles });
const activity = (responsibleRoles: OrganisationRole[], responsibleMembershipIds: string[] = []) => ({ responsibleRoles, responsibleMembershipIds });
const running = { status: "APPROVED" } as const;
const completed = { status: "COMPLETED" } as const;

describe("responsibility for an activity", () => {
  it("belongs to a person named responsible or holding a responsible role", () => {
    expect(isResponsible(activity(["CURATOR"]), { id: "m", roles: ["CURATOR"] })).toBe(true);
    expect(isResponsible(activity([], ["m"]), { id: "m", roles: ["MENTOR"] })).toBe(true);
    expect(isResponsible(activity(["DIRECTOR"], ["x"]), { id: "m", roles: ["MENTOR"] })).toBe(false);
  });
});

describe("who works on an activity", () => {
  it("a mentor may not mark done, comment on or evidence a school-wide activity (curator's, director's or nobody's)", () => {
    for (const schoolWide of [activity(["CURATOR"]), activity(["DIRECTOR", "CURATOR"]), activity([])]) {
      expect(mayChangeStatus(member("MENTOR"), schoolWide, running)).toBe(false);
      expect(mayComment(member("MENTOR"), schoolWide, running)).toBe(false);
      expect(mayAddEvidence(member("MENTOR"), schoolWide, running)).toBe(false);
    }
  });

  it("a class teacher works only on activities that name class teachers or them", () => {
    expect(mayComment(member("CLASS_TEACHER"), activity(["MENTOR"]), running)).toBe(false);
    expect(mayComment(member("CLASS_TEACHER"), activity(["CLASS_TEACHER"]), running)).toBe(true);
    expect(mayChangeStatus(member("CLASS_TEACHER"), activity([], ["me"]), running)).toBe(true);
  });

  it("a mentor works on the activities of mentors", () => {
    expect(activityRights(member("MENTOR"), activity(["CURATOR", "MENTOR"]), running)).toEqual({ edit: false, changeStatus: true, addEvidence: true, comment: true });
  });

  it("the curator and the director work on every activity and edit the roadmap", () => {
    for (const roles of [["CURATOR"], ["DIRECTOR"]] as OrganisationRole[][]) {
      expect(activityRights(member(...roles), activity([]), running)).toEqual({ edit: true, changeStatus: true, addEvidence: true, comment: true });
    }
  });

  it("a role without the roadmap's permissions never works on it, even when named", () => {
    expect(mayChangeStatus(member("PARENT"), activity(["PARENT"], ["me"]), running)).toBe(false);
    expect(mayEditRoadmap(member("MENTOR"), running)).toBe(false);
  });

  it("nothing changes in a completed programme, not even for the director", () => {
    expect(activityRights(member("DIRECTOR"), activity(["DIRECTOR"]), completed)).toEqual({ edit: false, changeStatus: false, addEvidence: false, comment: false });
  });
});
