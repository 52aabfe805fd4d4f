import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readRoadmapWorkbook, type RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { ignoredColumnsText, importReportText, placedColumnsText, problemText } from "@/lib/roadmap/import/report";
import { roadmapImportArgs } from "@/lib/roadmap/cli";

type Cell = string | number | Date | null;

async function workbookOf(rows: Cell[][], merges: string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("План");
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, options: { academicYear?: number; shiftYears?: number } = {}) =>
  readRoadmapWorkbook(bytes, { academicYear: options.academicYear ?? 2025, shiftYears: options.shiftYears });
const activities = (workbook: RoadmapWorkbook) => workbook.stages.flatMap((stage) => stage.activities);

describe("columns recognised by meaning", () => {
  it.each([
    ["Перечень мероприятий", "Планируемый результат", "Дата проведения", "Исполнители"],
    ["Содержание работы", "Форма отчётности", "Сроки реализации", "Ответственный исполнитель"],
    ["Наименование мероприятия", "Результат (документ)", "Период", "Ответственные за исполнение"],
  ])("«%s | %s | %s | %s»", async (...header) => {
    const imported = await read(await workbookOf([["№ п/п", ...header], [1, "Педсовет", "Протокол", "сентябрь 2025", "Куратор"]]));
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.columns).toMatchObject({ title: 2, result: 3, period: 4, responsible: 5 });
    expect(activities(imported)).toMatchObject([{ title: "Педсовет", expectedResult: "Протокол", periodText: "сентябрь 2025", responsibleText: "Куратор" }]);
  });

  it("lists the table's furniture as ignored and warns of a column it could not place", async () => {
    const imported = await read(
      await workbookOf([
        ["№", "Мероприятия", "Сроки", "Участники", "Отметка о выполнении", "Срок исполнения"],
        [1, "Педсовет", "сентябрь", "Педагоги", "", "октябрь"],
      ]),
    );
    expect(imported.errors).toEqual([]);
    expect(imported.warnings.map((warning) => warning.message)).toEqual([
      "Столбец D «Участники» не загружается: непонятно, что в нём.",
      "Столбец F «Срок исполнения» похож на «Сроки», но «Сроки» уже берутся из столбца C: он не загружается.",
    ]);
    expect(imported.warnings.every((warning) => warning.fix === "mapping" && warning.row === 1)).toBe(true);
    expect(ignoredColumnsText(imported.columns ?? fail())).toBe("Не загружаются: A «№», E «Отметка о выполнении».");
    // The page and the CLI say the same, each pointing to its own way of choosing columns.
    const [unplaced] = imported.warnings;
    expect(problemText(unplaced ?? fail(), "page")).toMatch(/в сопоставлении столбцов\.$/);
    expect(problemText(unplaced ?? fail(), "cli")).toMatch(/параметром --map, например --map activity=B/);
  });

  it("reads a header split over two rows, with «Сроки» merged over «начало» and «окончание»", async () => {
    const imported = await read(
      await workbookOf(
        [
          ["План мероприятий на 2025/2026 учебный год"],
          ["№", "Мероприятие", "Сроки", null, "Ответственные"],
          [null, null, "начало", "окончание", null],
          [1, "Педсовет", "01.09.2025", "15.09.2025", "Директор"],
          [2, "Анкетирование", "октябрь", null, "Куратор"],
        ],
        ["A2:A3", "B2:B3", "C2:D2", "E2:E3"],
      ),
    );
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.columns).toMatchObject({ headerRow: 3, title: 2, period: 3, periodEnd: 4, responsible: 5 });
    expect(placedColumnsText(imported.columns ?? fail())).toBe(
      "«Мероприятия» — столбец B («Мероприятие»); «Сроки» — столбец C («Сроки начало») и столбец D («Сроки окончание»); «Ответственные» — столбец E («Ответственные»)",
    );
    expect(activities(imported).map((a) => [a.periodText, a.period.ok && [a.period.start, a.period.end]])).toEqual([
      ["01.09.2025 – 15.09.2025", ["2025-09-01", "2025-09-15"]],
      ["октябрь", ["2025-10-01", "2025-10-31"]],
    ]);
  });

  it("reads a two-row header whose top row is merged across its columns", async () => {
    const imported = await read(
      await workbookOf(
        [
          ["Содержание деятельности", null, "Ответственные", "Сроки"],
          ["Этап", "Мероприятия", null, null],
          ["Подготовка", "Педсовет", "Куратор", "сентябрь"],
        ],
        ["A1:B1", "C1:C2", "D1:D2"],
      ),
    );
    expect(imported.errors).toEqual([]);
    expect(imported.columns).toMatchObject({ headerRow: 2, stage: 1, title: 2, responsible: 3, period: 4 });
    expect(imported.stages).toMatchObject([{ title: "Подготовка", activities: [{ title: "Педсовет" }] }]);
  });
});

describe("a roadmap of another year", () => {
  const lastYears = () =>
    workbookOf([
      ["Мероприятия", "Сроки"],
      ["Педсовет", "сентябрь 2024"],
      ["Приказ", "до 30.09.2024"],
      ["Анкетирование", "октябрь"],
      ["Итоги", "май 2025"],
    ]);

  it("offers to move its dates by whole years into the programme's year", async () => {
    const imported = await read(await lastYears());
    expect(imported.yearShift).toEqual({ years: 1, fileYear: 2024, outside: 3, dated: 3 });
    expect(importReportText(imported, "план.xlsx", 2025)).toContain(
      "Сроки в файле — на 2024/2025 учебный год, а программа — на 2025/2026: 3 из 3 сроков с годом не попадают в год программы. Их можно сдвинуть на 1 год вперёд. Запустите с --shift-years 1",
    );
  });

  it("moves them when asked, and offers nothing more", async () => {
    const imported = await read(await lastYears(), { shiftYears: 1 });
    expect(imported.yearShift).toBeNull();
    expect(imported.shiftedYears).toBe(1);
    expect(activities(imported).map((a) => [a.periodText, a.period.ok && a.period.end])).toEqual([
      ["сентябрь 2025", "2025-09-30"],
      ["до 30.09.2025", "2025-09-30"],
      ["октябрь", "2025-10-31"],
      ["май 2026", "2026-05-31"],
    ]);
  });

  it("offers nothing when the dates already fit", async () => {
    expect((await read(await lastYears(), { academicYear: 2024 })).yearShift).toBeNull();
  });
});

describe("the CLI's --map", () => {
  const base = { organisation: "lyceum-17", programme: "00000000-0000-4000-8000-000000000000", file: "план.xlsx" };

  it("takes column letters by name, the header row too", () => {
    expect(roadmapImportArgs.parse({ ...base, map: "activity=B, period=D,result=e,header=3,period-end=AA" }).map).toEqual({
      title: 2,
      period: 4,
      result: 5,
      headerRow: 3,
      periodEnd: 27,
    });
  });

  it("names every mistake", () => {
    const result = roadmapImportArgs.safeParse({ ...base, map: "what=B,period=9Z" });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : z.flattenError(result.error).fieldErrors.map;
    expect(messages).toEqual([
      expect.stringMatching(/^неизвестный столбец «what»/),
      "«period=9Z»: нужна буква столбца (B) или номер",
      "укажите хотя бы столбец мероприятий: activity=B",
    ]);
  });
});

function fail(): never {
  throw new Error("expected a value");
}
