import { describe, expect, it } from "vitest";
import { acquaintedPeople, type Member } from "@/lib/orders/documents/acquaintance";
import { APPROVAL_APPENDICES, draftOrderText } from "@/lib/orders/templates";
import { ORDER_TYPES } from "@/lib/orders/labels";

const member = (id: string, lastName: string, firstName: string, middleName: string | null, position: string | null = null): Member => ({ id, lastName, firstName, middleName, position });
const orlova = member("m1", "Орлова", "Екатерина", "Сергеевна", "Заместитель директора по УВР");
const petrov = member("m2", "Петров", "Иван", "Ильич", "Учитель физики");
const sidorova = member("m3", "Сидорова", "Анна", "Петровна");
const orlov = member("m4", "Орлов", "Егор", "Семёнович");
const members = [orlova, petrov, sidorova, orlov];

describe("the acquaintance sheet lists the people the order names", () => {
  it("takes those named by record first, then each person the text names, in the text's order, once", () => {
    const text = "Назначить наставниками: Сидорова Анна Петровна; Петров И.И. Куратору Е.С. Орловой … Петров Иван Ильич";
    expect(acquaintedPeople(text, members, ["m1"]).map((person) => person.name)).toEqual(["Орлова Екатерина Сергеевна", "Сидорова Анна Петровна", "Петров Иван Ильич"]);
  });

  it("reads the ways an order writes a name: in full, «Фамилия И.О.», «Фамилия И. О.», «И.О. Фамилия»", () => {
    for (const text of ["Петров Иван Ильич", "Петров И.И.", "Петров И. И.", "И.И. Петров", "И. И. Петров"]) {
      expect(acquaintedPeople(`Назначить: ${text}.`, members, []).map((person) => person.name), text).toEqual(["Петров Иван Ильич"]);
    }
  });

  it("does not take a person for another whose surname begins the same («Орлов» in «Орлова»)", () => {
    expect(acquaintedPeople("Назначить куратором Орлова Е.С.", members, []).map((person) => person.name)).toEqual(["Орлова Екатерина Сергеевна"]);
  });

  it("keeps the position for the sheet's column", () => {
    expect(acquaintedPeople("", members, ["m2"])).toEqual([{ name: "Петров Иван Ильич", position: "Учитель физики" }]);
  });
});

describe("an order's text matches its type", () => {
  const context = {
    organisationShortName: "МАОУ «Лицей № 17»",
    programme: { title: "Вместе", academicYear: 2025 },
    curator: { name: "Орлова Екатерина Сергеевна", position: "Заместитель директора" },
    mentors: [{ name: "Петров Иван Ильич", position: "Учитель физики" }, { name: "Сидорова Анна Петровна", position: null }],
  };

  it("approving the programme and the roadmap: a point approves each, citing it as the appendix the .docx attaches", () => {
    const text = draftOrderText("APPROVE_PROGRAMME", context);
    expect(text.title).toMatch(/^Об утверждении программы наставничества и дорожной карты/);
    expect(text.points.find((point) => point.startsWith("Утвердить программу наставничества «Вместе»"))).toContain(`(приложение ${APPROVAL_APPENDICES.programme})`);
    expect(text.points.find((point) => point.startsWith("Утвердить дорожную карту"))).toContain(`(приложение ${APPROVAL_APPENDICES.roadmap})`);
  });

  it("no other type cites an appendix, since no other order's .docx carries one", () => {
    for (const type of ORDER_TYPES.filter((type) => type !== "APPROVE_PROGRAMME")) {
      const text = draftOrderText(type, context);
      expect([text.title, text.preamble, ...text.points].join(" "), type).not.toMatch(/приложени/i);
    }
  });

  it("appointing mentors names the organisation's mentors; appointing the curator names the curator", () => {
    expect(draftOrderText("APPOINT_MENTORS", context).points[0]).toBe("Назначить наставниками на 2025/2026 учебный год: Петров Иван Ильич, учитель физики; Сидорова Анна Петровна.");
    expect(draftOrderText("APPOINT_CURATOR", context).points[0]).toBe("Назначить куратором программы наставничества на 2025/2026 учебный год: Орлова Екатерина Сергеевна, заместитель директора.");
  });

  it("every heading starts with «О» or «Об» and the last point keeps control with the director", () => {
    for (const type of ORDER_TYPES) {
      const text = draftOrderText(type, context);
      expect(text.title, type).toMatch(/^Об? /);
      expect(text.points.at(-1), type).toBe("Контроль за исполнением настоящего приказа оставляю за собой.");
    }
  });
});
