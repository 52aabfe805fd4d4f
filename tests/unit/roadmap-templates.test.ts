import { describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { parsePeriod, shiftPeriodText } from "@/lib/roadmap/period";
import { ROADMAP_TEMPLATES, roadmapTemplate, type RoadmapTemplate } from "@/lib/roadmap/templates";

const activitiesOf = (template: RoadmapTemplate) => template.stages.flatMap((stage) => stage.activities);
const titlesOf = (id: string) => activitiesOf(requiredTemplate(id)).map((activity) => activity.title);

function requiredTemplate(id: string): RoadmapTemplate {
  const template = roadmapTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

/** The roles a «Ответственные» cell names, read independently of the templates. */
function rolesNamedIn(responsible: string): OrganisationRole[] {
  let text = responsible.toLowerCase();
  const roles = new Set<OrganisationRole>();
  if (/классн\S* руководител/.test(text)) {
    roles.add("CLASS_TEACHER");
    text = text.replace(/классн\S* руководител\S*/g, "");
  }
  if (/руководител|администрац|директор/.test(text)) roles.add("DIRECTOR");
  if (text.includes("куратор")) roles.add("CURATOR");
  if (text.includes("психолог")) roles.add("PSYCHOLOGIST");
  if (text.includes("методист")) roles.add("METHODIST");
  if (text.includes("наставник")) roles.add("MENTOR");
  return [...roles].sort();
}

describe("the set of roadmap templates", () => {
  it("has the five templates with unique ids", () => {
    const ids = ROADMAP_TEMPLATES.map((template) => template.id);
    expect(ids).toEqual(["regulation", "lyceum", "rural-teachers", "boarding-teachers", "boarding-students"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds a template by id and nothing for an unknown id", () => {
    expect(roadmapTemplate("lyceum")?.sourceAcademicYear).toBe(2021);
    expect(roadmapTemplate("nope")).toBeUndefined();
  });
});

describe.each(ROADMAP_TEMPLATES.map((template) => [template.id, template] as const))("template %s", (_id, template) => {
  it("has a title, a description, a source and at least one stage", () => {
    expect(template.title.trim()).not.toBe("");
    expect(template.description.trim()).not.toBe("");
    expect(template.source.trim()).not.toBe("");
    expect(template.stages.length).toBeGreaterThanOrEqual(1);
  });

  it("has titled stages, each with activities that have a non-empty title and responsible", () => {
    for (const stage of template.stages) {
      expect(stage.title.trim()).not.toBe("");
      expect(stage.activities.length).toBeGreaterThanOrEqual(1);
      for (const activity of stage.activities) {
        expect(activity.title.trim()).not.toBe("");
        expect(activity.title).toBe(activity.title.trim());
        expect(activity.title).not.toMatch(/\s{2}|\t/);
        expect(activity.responsible.trim()).not.toBe("");
      }
    }
  });

  it("has periods that parse in its own academic year and fall within it", () => {
    const year = { startYear: template.sourceAcademicYear };
    for (const activity of activitiesOf(template)) {
      const parsed = parsePeriod(activity.period, year);
      expect(parsed, activity.period).toMatchObject({ ok: true });
      if (!parsed.ok) continue;
      for (const date of [parsed.start, parsed.end]) {
        if (date === null) continue;
        expect(date >= `${template.sourceAcademicYear}-09-01`, `${activity.period}: ${date}`).toBe(true);
        expect(date <= `${template.sourceAcademicYear + 1}-08-31`, `${activity.period}: ${date}`).toBe(true);
      }
    }
  });

  it("has periods that still parse after moving to 2025/2026, with the same kind", () => {
    const chosen = { startYear: 2025 };
    for (const activity of activitiesOf(template)) {
      const shifted = shiftPeriodText(activity.period, chosen.startYear - template.sourceAcademicYear);
      const parsed = parsePeriod(shifted, chosen);
      const original = parsePeriod(activity.period, { startYear: template.sourceAcademicYear });
      expect(parsed, shifted).toMatchObject({ ok: true });
      if (parsed.ok && original.ok) expect(parsed.kind).toBe(original.kind);
    }
  });

  it("lists exactly the roles its responsible text names", () => {
    for (const activity of activitiesOf(template)) {
      const named = rolesNamedIn(activity.responsible);
      expect([...activity.responsibleRoles].sort(), activity.responsible).toEqual(named);
      if (named.length > 0) expect(activity.responsibleRoles.length).toBeGreaterThan(0);
      expect(new Set(activity.responsibleRoles).size).toBe(activity.responsibleRoles.length);
    }
  });
});

describe("the regulation template", () => {
  const template = requiredTemplate("regulation");

  it("has the seven stages of the regulation, in order", () => {
    expect(template.stages.map((stage) => stage.title)).toEqual([
      "Подготовка условий для запуска программы",
      "Формирование базы наставляемых",
      "Формирование базы наставников",
      "Отбор и обучение наставников",
      "Формирование наставнических пар/групп",
      "Организация работы наставнических пар/групп",
      "Завершение программы",
    ]);
  });

  it("names the key documents as results", () => {
    const results = activitiesOf(template).map((activity) => activity.result ?? "");
    for (const document of [
      "Протокол заседания педагогического совета",
      "Приказ о назначении наставников",
      "Приказ о закреплении наставнических пар/групп",
      "База наставляемых",
      "База наставников",
      "Аналитическая справка",
    ]) {
      expect(results.some((result) => result.includes(document)), document).toBe(true);
    }
  });

  it("is written for a September to May school year of 2025/2026", () => {
    expect(template.sourceAcademicYear).toBe(2025);
    expect(template.stages[0]?.activities.some((activity) => activity.period.includes("сентябр"))).toBe(true);
    expect(template.stages[6]?.activities.some((activity) => activity.period.includes("май 2026"))).toBe(true);
  });
});

describe("the lyceum template (seed 000)", () => {
  const template = requiredTemplate("lyceum");

  it("keeps the stages as the source names and orders them, the swapped base stages included", () => {
    expect(template.stages.map((stage) => stage.title)).toEqual([
      "Подготовка условий для запуска Программы наставничества",
      "Формирование базы наставников",
      "Формирование базы наставляемых",
      "Отбор и обучение наставников",
      "Формирование тандемов",
      "Организация работы тандемов",
      "Завершение Программы наставничества",
    ]);
    expect(template.stages[1]?.activities.map((activity) => activity.title)).toContain("Формирование базы наставляемых");
    expect(template.stages[2]?.activities.map((activity) => activity.title)).toContain("Формирование базы наставников");
  });

  it("has one activity per numbered item", () => {
    expect(template.stages.map((stage) => stage.activities.length)).toEqual([12, 3, 3, 4, 4, 7, 4]);
  });

  it.each([
    "Обучение куратора",
    "Круглый стол участников программы с представлением наставников",
    "Приказ о проведении итогового мероприятия Программы",
    "Проведение второй, пробной рабочей, встречи наставника и наставляемого",
  ])("contains «%s»", (title) => expect(titlesOf("lyceum")).toContain(title));

  it("repairs the tab the extraction left in the first item", () =>
    expect(template.stages[0]?.activities[0]?.title).toContain("образовательную деятельность по общеобразовательным"));

  it("gives each activity its stage's period and responsible, as the table does", () => {
    expect(template.stages.map((stage) => stage.activities[0]?.period)).toEqual([
      "Октябрь -декабрь 2021",
      "Декабрь 2021 - январь 2022",
      "Декабрь 2021 - январь 2022",
      "Январь 2022",
      "Январь 2022",
      "Февраль 2022 – май 2022",
      "Май 2022",
    ]);
    for (const stage of template.stages) {
      expect(new Set(stage.activities.map((activity) => activity.period)).size).toBe(1);
      expect(new Set(stage.activities.map((activity) => activity.responsible)).size).toBe(1);
    }
    expect(template.stages[0]?.activities[0]?.responsible).toBe("Руководитель, администрация");
    expect(template.stages[6]?.activities[0]?.responsibleRoles).toEqual(["CURATOR", "DIRECTOR", "CLASS_TEACHER"]);
  });

  it("keeps the results of the table", () => {
    const results = activitiesOf(template).map((activity) => activity.result);
    expect(results).toContain("Протокол заседания Педагогического совета Лицея");
    expect(results).toContain("База наставляемых");
    expect(results).toContain("Сформированные тандемы, готовые продолжить работу в рамках Программы");
  });
});

describe("the rural teachers template (seed 001)", () => {
  const template = requiredTemplate("rural-teachers");

  it("has the seven stages of the source", () => {
    expect(template.stages).toHaveLength(7);
    expect(template.stages[0]?.title).toBe("Подготовка условий для реализации системы наставничества");
    expect(template.stages[6]?.title).toBe("Информационная поддержка системы наставничества");
    expect(template.stages.map((stage) => stage.activities.length)).toEqual([3, 2, 2, 2, 3, 3, 1]);
  });

  it.each([
    "Сбор информации о профессиональных запросах педагогов",
    "Проведение школьной конференции или семинара",
    "Разработка персонализированных программ наставничества для каждой пары/группы",
  ])("contains «%s»", (title) => expect(titlesOf("rural-teachers")).toContain(title));

  it("puts the first stage in September 2024 and the rest over the year, and says the source had no dates", () => {
    expect(template.stages[0]?.activities.every((activity) => activity.period === "сентябрь 2024")).toBe(true);
    expect(template.stages.slice(1).flatMap((stage) => stage.activities).every((activity) => activity.period === "в течение года")).toBe(
      true,
    );
    expect(template.description).toContain("Сроков и ответственных в документе нет");
  });
});

describe("the boarding school teachers template (seed 004, first roadmap)", () => {
  const template = requiredTemplate("boarding-teachers");

  it("has the seven stages of the source", () => {
    expect(template.stages).toHaveLength(7);
    expect(template.stages.map((stage) => stage.activities.length)).toEqual([3, 2, 2, 2, 3, 3, 1]);
    expect(template.sourceAcademicYear).toBe(2022);
  });

  it.each([
    "Формирование банка данных наставников, обеспечение согласий на сбор и обработку персональных данных",
    "Анализ банка наставников и выбор подходящих для конкретной персонализированной программы наставничества педагога/группы педагогов",
    "Освещение мероприятий Дорожной карты осуществляется на всех этапах на сайте образовательной организации и социальных сетях",
  ])("contains «%s», rejoined from the broken extraction", (title) => expect(titlesOf("boarding-teachers")).toContain(title));

  it("says the dates and responsible were lost", () => expect(template.description).toContain("«Сроки» и «Ответственные»"));
});

describe("the boarding school students template (seed 004, second roadmap)", () => {
  const template = requiredTemplate("boarding-students");

  it("groups the flat list into seven stages and keeps all 33 activities in the source order", () => {
    expect(template.stages).toHaveLength(7);
    const titles = activitiesOf(template).map((activity) => activity.title);
    expect(titles).toHaveLength(33);
    expect(titles[0]).toBe(
      "Информирование педагогического сообщества образовательной организации о реализации программы наставничества",
    );
    expect(titles[32]).toBe(
      "Внесение данных об итогах реализации программы наставничества в базу наставников и базу наставляемых",
    );
  });

  it.each([
    "Проведение собеседования с наставниками (в некоторых случаях с привлечением психолога)",
    "Анализ анкет групповой встречи и соединение наставников и наставляемых в пары",
    "Оформление итогов и процессов совместной работы в рамках программы наставничества в кейсы",
  ])("contains «%s»", (title) => expect(titlesOf("boarding-students")).toContain(title));

  it("says the periods and responsible are not from the source", () =>
    expect(template.description).toContain("«Сроки» и «Ответственные»"));
});
