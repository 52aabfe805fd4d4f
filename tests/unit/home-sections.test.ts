import { describe, expect, it } from "vitest";
import { groupByDeadline, homeSections } from "@/lib/home/sections";

describe("what the home page shows each role", () => {
  it("the director: what waits for the signature and agreement, the programme and its deadlines", () => {
    expect(homeSections(["DIRECTOR"])).toEqual(["toSign", "toAgree", "programme", "deadlines", "attention"]);
  });

  it("the curator: approvals asked of her, the programme, its deadlines, programmes lacking something", () => {
    expect(homeSections(["CURATOR"])).toEqual(["toAgree", "programme", "deadlines", "attention"]);
  });

  it("a class teacher and a mentor: their own tasks; the teacher also approvals and the year's orders", () => {
    expect(homeSections(["CLASS_TEACHER"])).toEqual(["toAgree", "myTasks", "documents"]);
    expect(homeSections(["MENTOR"])).toEqual(["myTasks"]);
  });

  it("a mentee and a parent: nothing promised that does not exist, whom to ask, the parent's children", () => {
    expect(homeSections(["MENTEE"])).toEqual(["contact"]);
    expect(homeSections(["PARENT"])).toEqual(["children", "contact"]);
  });

  it("several roles: the union, in the one order", () => {
    expect(homeSections(["MENTOR", "PARENT", "CLASS_TEACHER"])).toEqual(["toAgree", "myTasks", "documents", "children"]);
    expect(homeSections(["MENTOR", "CURATOR"])).toEqual(["toAgree", "programme", "deadlines", "attention"]);
  });
});

describe("«Мои задачи» by due date", () => {
  const task = (id: string, endsOn: string | null, status: "PLANNED" | "IN_PROGRESS" = "PLANNED") => ({ id, startsOn: null, endsOn, status });

  it("groups overdue, this week, later and undated, keeping each group's order", () => {
    const groups = groupByDeadline([task("a", "2026-11-20"), task("b", "2026-12-04", "IN_PROGRESS"), task("c", "2026-11-30"), task("d", "2027-01-31"), task("e", null)], "2026-12-02");
    expect(groups.map(({ group, tasks }) => [group, tasks.map((t) => t.id)])).toEqual([
      ["overdue", ["a", "c"]],
      ["this-week", ["b"]],
      ["later", ["d"]],
      ["unscheduled", ["e"]],
    ]);
  });

  it("shows no empty group", () => {
    expect(groupByDeadline([task("a", "2027-01-31")], "2026-12-02").map(({ group }) => group)).toEqual(["later"]);
    expect(groupByDeadline([], "2026-12-02")).toEqual([]);
  });
});
