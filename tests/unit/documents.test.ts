import { describe, expect, it } from "vitest";
import { orderDocx, type OrderDocument } from "@/lib/orders/documents/docx";
import { appendixMark } from "@/lib/documents/layout";
import { roadmapDocx, roadmapPages } from "@/lib/roadmap/export/docx";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { programmePages } from "@/lib/programmes/document";
import { workbookBuffer } from "@/lib/export/xlsx";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { programmeFixture } from "./support/roadmap-view";
import { expectPrintable, loadWorkbook, readDocx } from "../support/office-files";

const organisation = {
  fullName: "Муниципальное автономное общеобразовательное учреждение «Лицей № 17»",
  shortName: "МАОУ «Лицей № 17»",
  founderName: "Управление образования администрации Берёзовского муниципального округа",
  locality: "г. Берёзовск",
  directorName: "Никитина Светлана Андреевна",
};

const order: OrderDocument = {
  organisation,
  title: "О назначении куратора программы наставничества",
  preamble: "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145",
  points: ["Назначить куратором: Орлова Екатерина Сергеевна.", "Контроль за исполнением настоящего приказа оставляю за собой."],
  number: "4",
  signedOn: "17.01.2026",
  signerName: "С.А. Никитина",
  acquainted: [
    { name: "Орлова Екатерина Сергеевна", position: "Заместитель директора по УВР" },
    { name: "Петров Иван Ильич", position: null },
  ],
  appendices: [],
  verificationUrl: "https://tandem.example.ru/o/lyceum-17/orders/1",
};

describe("an order as .docx (ГОСТ Р 7.0.97-2025)", () => {
  it("holds the requisites in order: founder, organisation, ПРИКАЗ, date and number, place, heading, text, signature", async () => {
    const { text } = await readDocx(await orderDocx(order));
    const parts = [organisation.founderName, organisation.fullName, "(МАОУ «Лицей № 17»)", "ПРИКАЗ", "17.01.2026", "№ 4", "г. Берёзовск", order.title, "ПРИКАЗЫВАЮ:", "1. Назначить куратором", "2. Контроль за исполнением", "Директор", "С.А. Никитина"];
    const positions = parts.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0), parts.filter((_, index) => positions[index] === -1).join(", ")).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("prints no founder line where the organisation has none", async () => {
    const { lines } = await readDocx(await orderDocx({ ...order, organisation: { ...organisation, founderName: null } }));
    expect(lines[0]).toBe(organisation.fullName);
  });

  it("ends with an acquaintance sheet: a row per person named, with position and blank signature and date cells", async () => {
    const { sections } = await readDocx(await orderDocx(order));
    const sheet = sections.at(-1) ?? "";
    const rows = sheet.slice(sheet.indexOf("<w:tbl>")).split("</w:tr>").slice(0, -1);
    const cells = (row: string) => row.split("</w:tc>").slice(0, -1).map((cell) => [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(""));
    expect(sheet).toContain("ЛИСТ ОЗНАКОМЛЕНИЯ");
    expect(sheet).toContain("с приказом от 17.01.2026 № 4 «О назначении куратора программы наставничества»");
    expect(cells(rows[0] ?? "")).toEqual(["№", "Фамилия, имя, отчество", "Должность", "Подпись", "Дата"]);
    expect(cells(rows[1] ?? "")).toEqual(["1", "Орлова Екатерина Сергеевна", "Заместитель директора по УВР", "", ""]);
    expect(cells(rows[2] ?? "")).toEqual(["2", "Петров Иван Ильич", "", "", ""]);
    // Blank rows below for whoever else the director acquaints by hand.
    expect(rows.slice(3).map(cells)).toEqual([["3", "", "", "", ""], ["4", "", "", "", ""], ["5", "", "", "", ""]]);
  });

  it("is A4 with margins of at least 20 mm left and 10 mm right, numbered from the second page, with a QR code of its page", async () => {
    const { xml, qrCodes } = await readDocx(await orderDocx(order));
    const margin = xml.match(/<w:pgMar ([^>]*)\/>/)?.[1] ?? "";
    const twips = (name: string) => Number(margin.match(new RegExp(`w:${name}="(\\d+)"`))?.[1]);
    expect(twips("left")).toBeGreaterThanOrEqual(1134);
    expect(twips("right")).toBeGreaterThanOrEqual(567);
    expect(twips("top")).toBeGreaterThanOrEqual(1134);
    expect(xml).toContain("<w:titlePg");
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"/);
    expect(qrCodes).toEqual([order.verificationUrl]);
  });

  it("marks an unsigned draft as ПРОЕКТ with blanks for date and number", async () => {
    const { text } = await readDocx(await orderDocx({ ...order, number: null, signedOn: null }));
    expect(text).toContain("ПРОЕКТ");
    expect(text).toContain("№ ____");
  });
});

const activity = (id: string, position: number, fields: Partial<RoadmapView["stages"][number]["activities"][number]>): RoadmapView["stages"][number]["activities"][number] => ({
  id, stageId: "s1", position, title: id, description: null, expectedResult: null, periodText: "сентябрь 2025", periodKind: "RANGE", startsOn: "2025-09-01", endsOn: "2025-09-30",
  responsibleText: "", responsibleRoles: ["CURATOR"], responsibleMembershipIds: [], responsibleNames: [], status: "PLANNED", completedOn: null, version: 0, evidence: [], commentCount: 0,
  ...fields,
});

const roadmap: RoadmapView = {
  programme: programmeFixture({
    title: "Вместе",
    status: "APPROVED",
    approvedBy: { id: "o", number: "4", signedOn: "2025-09-05" },
    curatorName: "Орлова Екатерина Сергеевна",
    forms: [{ title: "ученик – ученик", roleModels: ["успевающий – неуспевающий"] }],
  }),
  stages: [
    {
      id: "s1",
      title: "Подготовка условий для запуска программы",
      position: 0,
      activities: [
        activity("a1", 0, { title: "Педагогический совет", expectedResult: "Протокол", periodText: "октябрь – декабрь 2025", responsibleText: "Руководитель, куратор", status: "DONE", completedOn: "2025-10-20" }),
        activity("a2", 1, { title: "Приказ о внедрении", expectedResult: "Приказ", periodText: "до 20.09.2025", startsOn: null, endsOn: "2025-09-20", responsibleRoles: ["DIRECTOR"] }),
      ],
    },
    {
      id: "s2",
      title: "Формирование базы наставников",
      position: 1,
      activities: [activity("a3", 0, { title: "Анкетирование наставников", stageId: "s2" })],
    },
  ],
};
const approvedBy = { signedOn: "05.09.2025", number: "4" };
const header = { organisation, verificationUrl: "https://tandem.example.ru/o/lyceum-17/programmes/p" };

describe("the roadmap as .docx", () => {
  it("is the school's table in landscape, marked as appendix 2 of the order that approved it", async () => {
    const { xml, text, lines } = await readDocx(await roadmapDocx(roadmap, header));
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(lines.slice(0, 4)).toEqual(["Приложение 2", "к приказу от 05.09.2025 № 4", "УТВЕРЖДЕНО", "приказом директора от 05.09.2025 № 4"]);
    expect(xml).toMatch(/<w:jc w:val="right"\/>.*Приложение 2/);
    for (const cell of ["Мероприятия", "Результат", "Сроки", "Ответственные", "1. Подготовка условий для запуска программы", "1.1. Педагогический совет", "октябрь – декабрь 2025", "1.2. Приказ о внедрении", "2. Формирование базы наставников", "2.1. Анкетирование наставников", "до 20.09.2025", "Руководитель, куратор"]) {
      expect(lines, cell).toContain(cell);
    }
    expect(text).toContain(organisation.founderName);
  });

  it("never breaks a stage's name: its row stays whole, with its first activity; the header row repeats on every page", async () => {
    const { xml } = await readDocx(await roadmapDocx(roadmap, header));
    const rows = xml.slice(xml.indexOf("<w:tbl>")).split("</w:tr>").slice(0, -1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    const stageRows = rows.filter((row) => /<w:t(?:\s[^>]*)?>\d+\. (Подготовка|Формирование)/.test(row));
    expect(stageRows).toHaveLength(2);
    for (const row of stageRows) {
      expect(row).toContain("<w:cantSplit/>");
      expect(row).toContain("<w:keepNext/>");
      expect(row).toMatch(/<w:gridSpan w:val="4"\/>/);
    }
    expect(rows.every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
  });

  it("sets the table in 12 pt", async () => {
    const { xml } = await readDocx(await roadmapDocx(roadmap, header));
    const table = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    const sizes = new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) => match[1]));
    expect([...sizes]).toEqual(["24"]);
  });

  it("leaves «УТВЕРЖДАЮ» to sign by hand before approval", async () => {
    const draft = { ...roadmap, programme: { ...roadmap.programme, status: "DRAFT" as const, approvedBy: null } };
    const { text } = await readDocx(await roadmapDocx(draft, header));
    expect(text).toContain("УТВЕРЖДАЮ");
    expect(text).toContain("С.А. Никитина");
    expect(text).not.toContain("Приложение");
  });

  it("puts the QR of the programme's page on its first page", async () => {
    const { qrCodes } = await readDocx(await roadmapDocx(roadmap, header));
    expect(qrCodes).toEqual([header.verificationUrl]);
  });
});

describe("the order approving a programme", () => {
  const approving: OrderDocument = {
    ...order,
    title: "Об утверждении программы наставничества и дорожной карты на 2025/2026 учебный год",
    number: "4",
    signedOn: "05.09.2025",
    appendices: [
      { landscape: false, children: programmePages(roadmap.programme, organisation, appendixMark(1, approvedBy), 2) },
      { landscape: true, children: roadmapPages(roadmap, organisation, appendixMark(2, approvedBy)) },
    ],
  };

  it("carries the programme and the roadmap on their own pages, each with its appendix mark top right, then the acquaintance sheet", async () => {
    const { sections } = await readDocx(await orderDocx(approving));
    expect(sections).toHaveLength(4);
    const [, programme = "", plan = "", sheet = ""] = sections;
    expect(programme).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>Приложение 1<\/w:t>/);
    expect(programme).toContain("к приказу от 05.09.2025 № 4");
    expect(programme).toContain("ПРОГРАММА НАСТАВНИЧЕСТВА");
    expect(programme).toContain("Орлова Екатерина Сергеевна");
    expect(programme).toContain("Ученик – ученик: успевающий – неуспевающий");
    expect(programme).toContain("дорожная карта реализации программы (приложение 2 к приказу)");
    expect(programme).not.toContain('w:orient="landscape"');
    expect(plan).toContain("Приложение 2</w:t>");
    expect(plan).toContain("1.1. Педагогический совет");
    expect(plan).toContain('w:orient="landscape"');
    expect(sheet).toContain("ЛИСТ ОЗНАКОМЛЕНИЯ");
    // Appendices go on numbering pages; only the order's first page is left unnumbered.
    expect(programme).toContain('<w:titlePg w:val="false"/>');
  });
});

describe("the roadmap as .xlsx", () => {
  const title = [organisation.fullName, "Дорожная карта (план мероприятий) реализации программы наставничества «Вместе» на 2025/2026 учебный год", "Утверждена приказом директора от 05.09.2025 № 4"];

  it("prints: A4 landscape fitted to the width, the header frozen, filtered and repeated, text wrapped, a title above", async () => {
    const sheet = (await loadWorkbook(await roadmapXlsx(roadmap, organisation))).getWorksheet("Дорожная карта");
    if (!sheet) throw new Error("no sheet");
    expectPrintable(sheet, title);
  });

  it("reads back with every activity, numbered as the school numbers them, its stage, period, status and dates as dd.MM.yyyy", async () => {
    const sheet = (await loadWorkbook(await roadmapXlsx(roadmap, organisation))).getWorksheet("Дорожная карта");
    if (!sheet) throw new Error("no sheet");
    const headerRow = expectPrintable(sheet, title);
    const row = (offset: number) => (sheet.getRow(headerRow + offset).values as unknown[]).slice(1);
    expect(row(0).slice(0, 6)).toEqual(["Этап", "№", "Мероприятия", "Результат", "Сроки", "Ответственные"]);
    expect(row(1).slice(0, 6)).toEqual(["1. Подготовка условий для запуска программы", "1.1.", "Педагогический совет", "Протокол", "октябрь – декабрь 2025", "Руководитель, куратор"]);
    expect(row(2)[8]).toBe("запланировано");
    expect(row(3).slice(0, 2)).toEqual(["2. Формирование базы наставников", "2.1."]);
    const started = sheet.getRow(headerRow + 1).getCell(7);
    expect(started.value).toEqual(new Date("2025-09-01T00:00:00Z"));
    expect(started.numFmt).toBe("dd.mm.yyyy");
    expect(sheet.rowCount).toBe(headerRow + 3);
  });

  it("says so when the programme is not approved yet", async () => {
    const draft = { ...roadmap, programme: { ...roadmap.programme, approvedBy: null } };
    const sheet = (await loadWorkbook(await roadmapXlsx(draft, organisation))).worksheets[0];
    expect(sheet?.getCell(3, 1).text).toBe("Не утверждена (проект)");
  });
});

describe("every exported sheet", () => {
  it("shows a moment as dd.MM.yyyy hh:mm and keeps formulas out", async () => {
    const buffer = await workbookBuffer({
      sheetName: "Журнал",
      title: ["Организация"],
      columns: [{ header: "Когда", width: 18, format: "dateTime" }, { header: "Что", width: 30 }],
      rows: [[new Date("2025-09-05T10:30:00Z"), "=HYPERLINK(\"x\")"]],
    });
    const sheet = (await loadWorkbook(buffer)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const headerRow = expectPrintable(sheet, ["Организация"]);
    expect(sheet.getRow(headerRow + 1).getCell(1).numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(sheet.getRow(headerRow + 1).getCell(2).value).toBe("'=HYPERLINK(\"x\")");
  });
});
