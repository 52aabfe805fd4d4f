import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { readRoadmapWorkbook, type RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import type { RoadmapActivityView, RoadmapView } from "@/lib/roadmap/queries";
import { responsibleRolesIn } from "@/lib/roadmap/responsible";
import { numberedItems, stageTitle } from "@/lib/roadmap/import/text";
import { lyceumTemplate } from "@/lib/roadmap/templates/lyceum";
import { programmeFixture } from "./support/roadmap-view";

type Cell = string | number | Date | null;

async function workbookOf(rows: Cell[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Дорожная карта");
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, academicYear = 2025) => readRoadmapWorkbook(bytes, { academicYear });

const titles = (workbook: RoadmapWorkbook) => workbook.stages.map((stage) => [stage.title, stage.activities.map((activity) => activity.title)]);
const activities = (workbook: RoadmapWorkbook) => workbook.stages.flatMap((stage) => stage.activities);
const dates = (workbook: RoadmapWorkbook) => activities(workbook).map((a) => (a.period.ok ? [a.period.start, a.period.end] : a.period.error));

let nextId = 0;
function activity(title: string, fields: Partial<RoadmapActivityView> = {}): RoadmapActivityView {
  return {
    id: `a${nextId++}`,
    stageId: "s",
    position: 0,
    title,
    description: null,
    expectedResult: null,
    periodText: "",
    periodKind: "UNSCHEDULED",
    startsOn: null,
    endsOn: null,
    responsibleText: "",
    responsibleRoles: [],
    responsibleMembershipIds: [],
    responsibleNames: [],
    status: "PLANNED",
    completedOn: null,
    version: 0,
    evidence: [],
    commentCount: 0,
    ...fields,
  };
}

const roadmap: RoadmapView = {
  programme: programmeFixture(),
  stages: [
    {
      id: "s1",
      title: "Подготовка условий для запуска программы",
      position: 0,
      activities: [
        activity("Педагогический совет «О внедрении целевой модели»", {
          expectedResult: "Протокол заседания педагогического совета",
          periodText: "октябрь – декабрь 2025",
          startsOn: "2025-10-01",
          endsOn: "2025-12-31",
          responsibleText: "Руководитель, куратор",
          responsibleRoles: ["DIRECTOR", "CURATOR"],
          status: "DONE",
          completedOn: "2025-10-15",
        }),
        activity("- раздаточные материалы = для родителей", { periodText: "до 20.09.2025", responsibleText: "Куратор, классные руководители", responsibleRoles: ["CURATOR", "CLASS_TEACHER"] }),
      ],
    },
    {
      id: "s2",
      title: "1. Формирование базы наставляемых",
      position: 1,
      activities: [
        activity("Анкетирование обучающихся", { expectedResult: "Анкеты\nБаза наставляемых", periodText: "в течение года", responsibleText: "", responsibleRoles: ["PSYCHOLOGIST"] }),
        activity("Встреча с родителями", { periodText: "", responsibleText: "Педагог-психолог, наставники", responsibleRoles: ["PSYCHOLOGIST", "MENTOR"] }),
      ],
    },
    {
      id: "s3",
      title: "Формирование базы наставляемых",
      position: 2,
      activities: [activity("Итоговое мероприятие", { periodText: "май 2026", responsibleText: "Методист", responsibleRoles: ["METHODIST"] })],
    },
  ],
};

describe("the exported layout", () => {
  it("imports back to the same stages, titles, results, periods and responsible", async () => {
    const imported = await read(await roadmapXlsx(roadmap, { fullName: "МАОУ «Лицей № 17»" }));
    expect(imported.errors).toEqual([]);
    // «№», the dates, the status and the day it was done are Тандем's own columns: left out without a warning.
    expect(imported.warnings).toEqual([]);
    expect(imported.columns?.unused.map((column) => [column.text, column.reason])).toEqual([
      ["№", "ignored"],
      ["Начало", "ignored"],
      ["Окончание", "ignored"],
      ["Статус", "ignored"],
      ["Выполнено", "ignored"],
    ]);
    // Three title rows and a blank one above the header: the organisation, the roadmap, its approval.
    expect(imported.columns).toMatchObject({ headerRow: 5, stage: 1, title: 3, result: 4, period: 5, responsible: 6 });
    expect(imported.stages.map((stage) => stage.title)).toEqual(roadmap.stages.map((stage) => stage.title));
    const original = roadmap.stages.flatMap((stage) => stage.activities);
    expect(activities(imported).map((a) => a.title)).toEqual(original.map((a) => a.title));
    expect(activities(imported).map((a) => a.expectedResult ?? null)).toEqual(original.map((a) => a.expectedResult));
    expect(activities(imported).map((a) => a.periodText)).toEqual(original.map((a) => a.periodText));
    expect(activities(imported).map((a) => a.responsibleRoles)).toEqual(original.map((a) => a.responsibleRoles));
    expect(activities(imported).map((a) => a.responsibleText)).toEqual(original.map((a) => a.responsibleText || (a.responsibleRoles[0] === "PSYCHOLOGIST" ? "Педагог-психолог" : "")));
    expect(dates(imported)).toEqual([
      ["2025-10-01", "2025-12-31"],
      [null, "2025-09-20"],
      ["2025-09-01", "2026-08-31"],
      [null, null],
      ["2026-05-01", "2026-05-31"],
    ]);
    expect(activities(imported).map((a) => a.sourceRow)).toEqual([6, 7, 8, 9, 10]);
  });
});

describe("a roadmap as a school typed it", () => {
  it("finds the columns in another order under a title, whatever their case and spacing", async () => {
    const imported = await read(
      await workbookOf([
        ["«Дорожная карта» реализации целевой модели наставничества"],
        [],
        ["ОТВЕТСТВЕННЫЕ", "  сроки проведения ", "Мероприятие", "Ожидаемый результат", "Наименование этапа"],
        ["Куратор", "сентябрь", "Педсовет", "Протокол", "Подготовка"],
        ["Директор", "до 15 октября", "Приказ о внедрении", "Приказ", null],
      ]),
    );
    expect(imported.errors).toEqual([]);
    expect(imported.columns).toMatchObject({ headerRow: 3, responsible: 1, period: 2, title: 3, result: 4, stage: 5 });
    expect(titles(imported)).toEqual([["Подготовка", ["Педсовет", "Приказ о внедрении"]]]);
    expect(dates(imported)).toEqual([["2025-09-01", "2025-09-30"], [null, "2025-10-15"]]);
    expect(activities(imported).map((a) => a.responsibleRoles)).toEqual([["CURATOR"], ["DIRECTOR"]]);
  });

  it.each([
    ["Наименование этапа", "Содержание деятельности и примерный план мероприятий", "Документ", "Сроки проведения", "Ответственный исполнитель"],
    ["ЭТАП", "Мероприятия:", "Результат", "Дата", "Исполнители"],
    ["Этап", "Содержание мероприятия", "Отчётный документ", "Срок исполнения", "Ответственные лица"],
  ])("knows the header «%s | %s | %s | %s | %s»", async (...header) => {
    const imported = await read(await workbookOf([header, ["Подготовка", "Педсовет", "Протокол", "сентябрь", "Куратор"]]));
    expect(imported.columns).toMatchObject({ stage: 1, title: 2, result: 3, period: 4, responsible: 5 });
    expect(activities(imported)).toMatchObject([{ title: "Педсовет", expectedResult: "Протокол", responsibleRoles: ["CURATOR"] }]);
  });

  it("starts a stage at a row holding one text cell, with or without its number, strips the numbering and ignores a footer", async () => {
    const imported = await read(
      await workbookOf([
        ["№", "Содержание деятельности", "Сроки", "Ответственные"],
        [1, "Этап 1. Подготовка условий", null, null],
        ["1.1.", "1. Изучение распоряжения Р-145", "сентябрь 2025", "Куратор"],
        ["1.2", "2) Издание приказа", "до 30.09.2025", "Руководитель"],
        ["Этап 2. Формирование базы наставляемых"],
        [null, "2.3 Анкетирование", "октябрь", "Классные руководители"],
        [],
        ["Директор ____________ С.А. Никитина"],
      ]),
    );
    expect(imported.errors).toEqual([]);
    expect(titles(imported)).toEqual([
      ["Подготовка условий", ["Изучение распоряжения Р-145", "Издание приказа"]],
      ["Формирование базы наставляемых", ["Анкетирование"]],
    ]);
    expect(activities(imported).map((a) => a.responsibleRoles)).toEqual([["CURATOR"], ["DIRECTOR"], ["CLASS_TEACHER"]]);
  });

  it("reads a merged stage cell as one stage and a merged period as the period of every row under it", async () => {
    const bytes = await workbookOf(
      [
        ["Этап", "Мероприятия", "Сроки", "Ответственные"],
        ["Отбор наставников", "Анкетирование", "январь 2026", "Куратор"],
        [null, "Собеседования", null, null],
        [null, "Приказ о назначении наставников", null, null],
        ["Формирование пар", "Круглый стол", "февраль 2026", "Куратор, наставники"],
      ],
      (sheet) => {
        sheet.mergeCells("A2:A4");
        sheet.mergeCells("C2:C4");
        sheet.mergeCells("D2:D4");
      },
    );
    const imported = await read(bytes);
    expect(imported.errors).toEqual([]);
    expect(titles(imported)).toEqual([
      ["Отбор наставников", ["Анкетирование", "Собеседования", "Приказ о назначении наставников"]],
      ["Формирование пар", ["Круглый стол"]],
    ]);
    expect(activities(imported).map((a) => a.periodText)).toEqual(["январь 2026", "январь 2026", "январь 2026", "февраль 2026"]);
    expect(activities(imported).map((a) => a.responsibleRoles)).toEqual([["CURATOR"], ["CURATOR"], ["CURATOR"], ["CURATOR", "MENTOR"]]);
  });

  it("reads a stage row merged across the table", async () => {
    const bytes = await workbookOf(
      [
        ["Мероприятия", "Результат", "Сроки", "Ответственные"],
        ["I. Подготовка условий", null, null, null],
        ["Педсовет", "Протокол", "сентябрь", "Руководитель"],
      ],
      (sheet) => sheet.mergeCells("A2:D2"),
    );
    const imported = await read(bytes);
    expect(imported.errors).toEqual([]);
    expect(titles(imported)).toEqual([["Подготовка условий", ["Педсовет"]]]);
  });

  it("splits a cell of numbered items into activities that share the row's period and responsible (the lyceum's table)", async () => {
    const [first, second, , fourth] = lyceumTemplate.stages;
    const rowOf = (stage: typeof first, items: string, results: string) => [
      stage?.title ?? "",
      items,
      results,
      stage?.activities[0]?.period ?? "",
      `${stage?.activities[0]?.responsible ?? ""},`,
    ];
    const numbered = (values: string[]) => values.map((value, index) => `${index + 1}. ${value}.`).join("\n");
    const imported = await read(
      await workbookOf([
        ["«Дорожная карта» реализации Целевой модели наставничества в Лицее"],
        ["Этап", "Мероприятия", "Результат", "Сроки", "Ответственные"],
        rowOf(first, numbered(first?.activities.map((a) => a.title) ?? []), "1. Протокол заседания Педагогического совета Лицея.\n2. Программа наставничества."),
        rowOf(second, numbered(second?.activities.map((a) => a.title) ?? []), "База наставляемых"),
        rowOf(fourth, numbered(["Оценка выявленных наставников", "Собеседования с наставниками", "Обучение наставников"]), "1. Оценка.\n2. Собеседование.\n3. Обучение"),
      ]),
      2021,
    );
    expect(imported.errors).toEqual([]);
    expect(imported.stages.map((stage) => stage.activities.length)).toEqual([12, 3, 3]);
    expect(imported.stages[0]?.activities.map((a) => a.title)).toEqual(first?.activities.map((a) => a.title));
    const [one, two] = imported.stages[0]?.activities ?? [];
    expect(one?.expectedResult).toBe("1. Протокол заседания Педагогического совета Лицея.\n2. Программа наставничества.");
    expect(two?.expectedResult).toBeUndefined();
    expect(imported.stages[1]?.activities.map((a) => a.expectedResult)).toEqual(["База наставляемых", undefined, undefined]);
    expect(imported.stages[2]?.activities.map((a) => a.expectedResult)).toEqual(["Оценка", "Собеседование", "Обучение"]);
    expect(new Set(imported.stages[0]?.activities.map((a) => a.periodText))).toEqual(new Set(["Октябрь -декабрь 2021"]));
    expect(imported.stages[0]?.activities.every((a) => a.period.ok && a.period.start === "2021-10-01" && a.period.end === "2021-12-31")).toBe(true);
    expect(imported.stages[0]?.activities[0]?.responsibleText).toBe("Руководитель, администрация");
    expect(imported.stages[1]?.activities[0]?.responsibleRoles).toEqual(["CURATOR", "CLASS_TEACHER"]);
  });

  it("understands loose dates and an Excel date cell, and uses a formula's result", async () => {
    const imported = await read(
      await workbookOf(
        [
          ["Мероприятия", "Срок"],
          ["Совещание", "1-15 сентября"],
          ["Отчёт", "не позднее 30 сентября"],
          ["Мониторинг", "II полугодие"],
          ["Встречи пар", "ежемесячно"],
          ["Итоговая конференция", new Date(Date.UTC(2026, 4, 20))],
          ["Подведение итогов", null],
        ],
        (sheet) => {
          sheet.getCell("B7").value = { formula: 'CONCATENATE("май ","2026")', result: "май 2026" };
        },
      ),
    );
    expect(imported.errors).toEqual([]);
    expect(activities(imported).map((a) => a.periodText)).toEqual(["1-15 сентября", "не позднее 30 сентября", "II полугодие", "ежемесячно", "20.05.2026", "май 2026"]);
    expect(dates(imported)).toEqual([
      ["2025-09-01", "2025-09-15"],
      [null, "2025-09-30"],
      ["2026-01-01", "2026-05-31"],
      [null, null],
      ["2026-05-20", "2026-05-20"],
      ["2026-05-01", "2026-05-31"],
    ]);
    expect(imported.stages.map((stage) => stage.title)).toEqual(["Без этапа"]);
  });

  it("keeps a period it cannot read as written, warns with its row number, and blocks nothing", async () => {
    const imported = await read(
      await workbookOf([
        ["Этап", "Мероприятия", "Сроки", "Ответственные"],
        ["Подготовка", "Педсовет", "сентябрь", "Куратор"],
        [null, "Приказ", "когда-нибудь потом", "Директор"],
        [null, "Анкетирование", "31.02.2026", "Куратор"],
        [null, "Собеседования", "октябрь", "Куратор"],
      ]),
    );
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([
      { row: 3, column: "Сроки", message: expect.stringMatching(/^Строка 3: Не удалось распознать срок «когда-нибудь потом».*с пометкой «срок не распознан»/) },
      { row: 4, column: "Сроки", message: expect.stringMatching(/^Строка 4: Такой даты нет в календаре: 31\.02\.2026\. Срок сохранится как написан/) },
    ]);
    expect(titles(imported)).toEqual([["Подготовка", ["Педсовет", "Приказ", "Анкетирование", "Собеседования"]]]);
    expect(activities(imported).map((a) => [a.periodText, a.period.ok])).toEqual([
      ["сентябрь", true],
      ["когда-нибудь потом", false],
      ["31.02.2026", false],
      ["октябрь", true],
    ]);
  });

  it("reports a row with no activity but other cells filled, and a title over 1000 characters", async () => {
    const imported = await read(
      await workbookOf([
        ["Мероприятия", "Сроки", "Ответственные"],
        ["Педсовет", "сентябрь", "Куратор"],
        [null, "октябрь", "Куратор"],
        ["Очень ".repeat(200), "ноябрь", "Куратор"],
      ]),
    );
    expect(imported.errors.map((problem) => [problem.row, problem.column])).toEqual([
      [3, "Мероприятия"],
      [4, "Мероприятия"],
    ]);
    expect(imported.errors[0]?.message).toBe("Строка 3: не указано мероприятие, хотя другие ячейки строки заполнены.");
    expect(imported.errors[1]?.message).toContain("длиннее 1000 символов");
  });

  it("skips the «1 2 3 4» row under the header and a header repeated on a new page", async () => {
    const imported = await read(
      await workbookOf([
        ["Этап", "Мероприятия", "Сроки"],
        [1, 2, 3],
        ["Подготовка", "Педсовет", "сентябрь"],
        ["Этап", "Мероприятия", "Сроки"],
        [null, "Приказ", "октябрь"],
      ]),
    );
    expect(imported.errors).toEqual([]);
    expect(titles(imported)).toEqual([["Подготовка", ["Педсовет", "Приказ"]]]);
  });

  it("takes the columns the user chose instead of those it found", async () => {
    const bytes = await workbookOf([
      ["Что делаем", "Когда", "Кто"],
      ["Педсовет", "сентябрь", "Куратор"],
    ]);
    expect((await read(bytes)).errors[0]?.message).toMatch(/^Не найдена строка заголовков: нужны столбцы «Мероприятия» и «Сроки»/);
    const mapped = await readRoadmapWorkbook(bytes, { academicYear: 2025, mapping: { headerRow: 1, title: 1, period: 2, responsible: 3 } });
    expect(mapped.errors).toEqual([]);
    expect(mapped.columns?.headers.map((header) => header.text)).toEqual(["Что делаем", "Когда", "Кто"]);
    expect(activities(mapped)).toMatchObject([{ title: "Педсовет", periodText: "сентябрь", responsibleRoles: ["CURATOR"] }]);
  });
});

describe("files that cannot be read", () => {
  it("reports a missing header row", async () => {
    const imported = await read(await workbookOf([["Список дел"], ["Педсовет"], ["Приказ"]]));
    expect(imported.columns).toBeNull();
    expect(imported.stages).toEqual([]);
    expect(imported.errors).toEqual([{ row: null, message: expect.stringContaining("Не найдена строка заголовков"), fix: "mapping" }]);
  });

  it("reports a header without a «Сроки» column, offering the header texts for a mapping", async () => {
    const imported = await read(await workbookOf([["Этап", "Мероприятия", "Пояснения"], ["Подготовка", "Педсовет", "сентябрь"]]));
    expect(imported.columns).toMatchObject({ headerRow: 1, stage: 1, title: 2, headers: [{ column: 1 }, { column: 2 }, { column: 3, text: "Пояснения" }] });
    expect(imported.errors).toEqual([{ row: 1, message: "Не найден столбец «Сроки».", fix: "mapping" }]);
    expect(imported.warnings.map((problem) => problem.message)).toEqual(["Столбец C «Пояснения» не загружается: непонятно, что в нём."]);
  });

  it("reports an empty workbook and bytes that are not a workbook", async () => {
    expect((await read(await workbookOf([]))).errors[0]?.message).toMatch(/^Файл пуст/);
    expect((await read(new TextEncoder().encode("Этап;Мероприятия;Сроки"))).errors[0]?.message).toMatch(/не читается как книга Excel/);
  });

  it("reports a header with no activities under it", async () => {
    const imported = await read(await workbookOf([["Мероприятия", "Сроки"]]));
    expect(imported.errors.map((problem) => problem.message)).toEqual(["Под строкой заголовков (строка 1) не найдено ни одного мероприятия."]);
  });
});

describe("text helpers", () => {
  it.each([
    ["Руководитель, администрация", ["DIRECTOR"]],
    ["Куратор, классные руководители", ["CURATOR", "CLASS_TEACHER"]],
    ["Классный руководитель", ["CLASS_TEACHER"]],
    ["Заместитель директора по УВР, педагог-психолог", ["PSYCHOLOGIST"]],
    ["Руководитель МО, зам. директора по ВР", []],
    ["Директор школы и куратор программы", ["DIRECTOR", "CURATOR"]],
    ["Родители (законные представители)", ["PARENT"]],
    ["Педагог - психолог", ["PSYCHOLOGIST"]],
    ["Методист, наставники", ["METHODIST", "MENTOR"]],
    ["Наставляемые, родители", ["MENTEE", "PARENT"]],
    ["", []],
  ] as [string, OrganisationRole[]][])("«%s» names %j", (text, roles) => expect(responsibleRolesIn(text)).toEqual(roles));

  it("keeps dates and counts at the start of a title", () => {
    expect(numberedItems("15.09.2025 педсовет")).toEqual(["15.09.2025 педсовет"]);
    expect(numberedItems("2 раза в месяц встречи")).toEqual(["2 раза в месяц встречи"]);
    expect(numberedItems("1. Анализ данных;\n2. Формирование базы\nнаставников.")).toEqual(["Анализ данных", "Формирование базы наставников"]);
    expect(stageTitle("Этап 2. Формирование базы наставляемых")).toBe("Формирование базы наставляемых");
    expect(stageTitle("1.\tПодготовка\nусловий")).toBe("Подготовка условий");
  });
});
