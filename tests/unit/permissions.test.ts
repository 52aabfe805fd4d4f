import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "@/lib/access/permissions";
import { organisationNavigation } from "@/lib/access/navigation";
import { ORGANISATION_ROLES } from "@/lib/access/roles";

describe("permission table", () => {
  it("refuses an action that is not in the table, whatever the role", () => {
    expect(can(["DIRECTOR"], "roadmap.delete-everything" as Permission)).toBe(false);
  });

  it("gives only the director the right to invite, manage roles and read the audit log", () => {
    for (const permission of ["members.invite", "members.manageRoles", "members.disable", "audit.view"] as const) {
      expect(ORGANISATION_ROLES.filter((role) => can([role], permission))).toEqual(["DIRECTOR"]);
    }
  });

  it("never lets a mentor, mentee or parent see the member list", () => {
    for (const role of ["MENTOR", "MENTEE", "PARENT"] as const) expect(can([role], "members.view")).toBe(false);
  });

  it("combines the rights of several roles", () => {
    expect(can(["MENTOR"], "members.view")).toBe(false);
    expect(can(["MENTOR", "CURATOR"], "members.view")).toBe(true);
  });

  it("lets every role open its organisation", () => {
    for (const role of ORGANISATION_ROLES) expect(can([role], "organisation.view")).toBe(true);
  });

  it("has no role without any permission", () => {
    const granted = new Set(Object.values(PERMISSIONS).flat());
    for (const role of ORGANISATION_ROLES) expect(granted.has(role)).toBe(true);
  });
});

describe("navigation follows the permission table", () => {
  const labels = (roles: Parameters<typeof organisationNavigation>[1]) => organisationNavigation("school", roles).map((item) => item.label);

  it("shows the director every management page", () => {
    expect(labels(["DIRECTOR"])).toEqual([
      "Главная",
      "Мои задачи",
      "Программы и дорожные карты",
      "Приказы",
      "Люди",
      "Партнёры",
      "Участники",
      "Приглашения",
      "Журнал действий",
      "Сведения об организации",
    ]);
  });

  it("shows a class teacher their class, not the whole organisation", () => {
    expect(labels(["CLASS_TEACHER"])).toEqual(["Главная", "Мои задачи", "Программы и дорожные карты", "Приказы", "Люди", "Партнёры", "Мой класс"]);
  });

  it("shows a parent their children", () => {
    expect(labels(["PARENT"])).toEqual(["Главная", "Мои дети"]);
  });

  it("shows a mentor their tasks and the roadmap, not the orders", () => {
    expect(labels(["MENTOR"])).toEqual(["Главная", "Мои задачи", "Программы и дорожные карты"]);
  });

  it("shows a mentee nothing of other people", () => {
    expect(labels(["MENTEE"])).toEqual(["Главная"]);
  });

  it("builds links under the organisation's own address", () => {
    expect(organisationNavigation("lyceum-17", ["CURATOR"]).map((item) => item.href)).toEqual([
      "/o/lyceum-17",
      "/o/lyceum-17/tasks",
      "/o/lyceum-17/programmes",
      "/o/lyceum-17/orders",
      "/o/lyceum-17/people",
      "/o/lyceum-17/partners",
      "/o/lyceum-17/members",
    ]);
  });
});

describe("the audit journal speaks Russian", async () => {
  const { describeAuditDetails } = await import("@/lib/audit/describe");
  it("names the keys and the roles", () => {
    expect(describeAuditDetails({ email: "a@b.ru", before: ["MENTEE"], after: ["MENTOR", "CURATOR"] })).toBe(
      "e-mail: a@b.ru; было: Наставляемый; стало: Наставник, Куратор",
    );
    expect(describeAuditDetails({ disabled: false })).toBe("учётная запись отключена: нет");
  });
});
