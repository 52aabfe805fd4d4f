import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { orderDocx } from "@/lib/orders/documents/docx";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { programmeFixture } from "./support/roadmap-view";

async function documentXml(buffer: Buffer): Promise<{ xml: string; text: string; files: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");
  return { xml, text, files: Object.keys(zip.files) };
}

const organisation = {
  fullName: "Муниципальное автономное общеобразовательное учреждение «Лицей № 17»",
  shortName: "МАОУ «Лицей № 17»",
  locality: "г. Берёзовск",
  directorName: "Никитина Светлана Андреевна",
};

describe("an order as .docx (ГОСТ Р 7.0.97-2025)", () => {
  const order = {
    organisation,
    title: "О назначении куратора программы наставничества",
    preamble: "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145",
    points: ["Назначить куратором: Орлова Екатерина Сергеевна.", "Контроль за исполнением настоящего приказа оставляю за собой."],
    number: "4",
    signedOn: "17.01.2026",
    signerName: "С.А. Никитина",
    acquainted: ["Орлова Екатерина Сергеевна"],
    verificationUrl: "https://tandem.example/o/lyceum-17/orders/1",
  };

  it("holds the requisites in order: organisation, ПРИКАЗ, date and number, place, heading, text, signature", async () => {
    const { text } = await documentXml(await orderDocx(order));
    const positions = [organisation.fullName, "(МАОУ «Лицей № 17»)", "ПРИКАЗ", "17.01.2026", "№ 4", "г. Берёзовск", order.title, "ПРИКАЗЫВАЮ:", "1. Назначить куратором", "2. Контроль за исполнением", "Директор", "С.А. Никитина"].map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("ends with an acquaintance sheet naming the people", async () => {
    const { text } = await documentXml(await orderDocx(order));
    expect(text).toContain("ЛИСТ ОЗНАКОМЛЕНИЯ");
    expect(text.indexOf("Орлова Екатерина Сергеевна", text.indexOf("ЛИСТ ОЗНАКОМЛЕНИЯ"))).toBeGreaterThan(0);
  });

  it("is A4 with margins of at least 20 mm left and 10 mm right, numbered from the second page, with a QR code", async () => {
    const { xml, files } = await documentXml(await orderDocx(order));
    const margin = xml.match(/<w:pgMar ([^>]*)\/>/)?.[1] ?? "";
    const twips = (name: string) => Number(margin.match(new RegExp(`w:${name}="(\\d+)"`))?.[1]);
    expect(twips("left")).toBeGreaterThanOrEqual(1134);
    expect(twips("right")).toBeGreaterThanOrEqual(567);
    expect(twips("top")).toBeGreaterThanOrEqual(1134);
    expect(xml).toContain("<w:titlePg");
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"/);
    expect(files.some((file) => file.startsWith("word/media/") && file.endsWith(".png"))).toBe(true);
  });

  it("marks an unsigned draft as ПРОЕКТ with blanks for date and number", async () => {
    const { text } = await documentXml(await orderDocx({ ...order, number: null, signedOn: null }));
    expect(text).toContain("ПРОЕКТ");
    expect(text).toContain("№ ____");
  });
});

const roadmap: RoadmapView = {
  programme: programmeFixture({ title: "Вместе", status: "APPROVED", approvedBy: { id: "o", number: "4", signedOn: "2025-09-05" } }),
  stages: [
    {
      id: "s1",
      title: "Подготовка условий для запуска программы",
      position: 0,
      activities: [
        {
          id: "a1", stageId: "s1", position: 0, title: "Педагогический совет", description: null, expectedResult: "Протокол", periodText: "октябрь – декабрь 2025",
          periodKind: "RANGE", startsOn: "2025-10-01", endsOn: "2025-12-31", responsibleText: "Руководитель, куратор", responsibleRoles: ["DIRECTOR", "CURATOR"],
          responsibleMembershipIds: [], responsibleNames: [], status: "DONE", completedOn: "2025-10-20", version: 0, evidence: [], commentCount: 0,
        },
        {
          id: "a2", stageId: "s1", position: 1, title: "Приказ о внедрении", description: null, expectedResult: "Приказ", periodText: "до 20.09.2025",
          periodKind: "DEADLINE", startsOn: null, endsOn: "2025-09-20", responsibleText: "", responsibleRoles: ["DIRECTOR"],
          responsibleMembershipIds: [], responsibleNames: [], status: "PLANNED", completedOn: null, version: 0, evidence: [], commentCount: 0,
        },
      ],
    },
  ],
};

describe("the roadmap as .docx", () => {
  it("is the school's table in landscape with the approval stamp of its order", async () => {
    const { xml, text } = await documentXml(await roadmapDocx(roadmap, { organisationFullName: organisation.fullName, directorSignature: "С.А. Никитина", approval: { signedOn: "05.09.2025", number: "4" }, verificationUrl: "https://x" }));
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(text).toContain("УТВЕРЖДЕНО");
    expect(text).toContain("приказом директора от 05.09.2025 № 4");
    expect(text).toContain("Приложение к приказу от 05.09.2025 № 4");
    for (const cell of ["Этап", "Мероприятия", "Результат", "Сроки", "Ответственные", "1. Педагогический совет", "октябрь – декабрь 2025", "2. Приказ о внедрении", "до 20.09.2025", "Руководитель, куратор"]) {
      expect(text, cell).toContain(cell);
    }
  });

  it("leaves «УТВЕРЖДАЮ» to sign by hand before approval", async () => {
    const { text } = await documentXml(await roadmapDocx(roadmap, { organisationFullName: organisation.fullName, directorSignature: "С.А. Никитина", approval: null, verificationUrl: "https://x" }));
    expect(text).toContain("УТВЕРЖДАЮ");
    expect(text).toContain("С.А. Никитина");
  });
});

describe("the roadmap as .xlsx", () => {
  it("reads back with every activity, its stage, period and status", async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await roadmapXlsx(roadmap);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet("Дорожная карта");
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows[0]?.slice(0, 6)).toEqual(["Этап", "№", "Мероприятия", "Результат", "Сроки", "Ответственные"]);
    expect(rows[1]?.slice(0, 6)).toEqual(["1. Подготовка условий для запуска программы", "1.1", "Педагогический совет", "Протокол", "октябрь – декабрь 2025", "Руководитель, куратор"]);
    expect(rows[2]?.[8]).toBe("запланировано");
    expect(rows).toHaveLength(3);
  });
});
