import { describe, expect, it } from "vitest";
import { workbookBuffer } from "@/lib/export/xlsx";
import { loadWorkbook } from "@/tests/support/office-files";

/** The longest time the event loop went without a turn while `work` ran, in milliseconds. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("an exported journal of 10,000 rows", () => {
  const rows = Array.from({ length: 10_000 }, (_, index) => [
    new Date(Date.UTC(2026, 0, 1, 8, index % 60)),
    "Статус мероприятия изменён",
    `Иванова Мария Петровна ${index}`,
    "Мероприятие «Анкетирование педагогов»: запланировано → выполнено",
  ]);
  const table = {
    sheetName: "Журнал действий",
    title: ["МАОУ «Лицей № 17»", "Журнал действий пользователей"],
    columns: [
      { header: "Дата и время", width: 18, format: "dateTime" as const },
      { header: "Действие", width: 36 },
      { header: "Кто", width: 32 },
      { header: "Подробности", width: 50 },
    ],
    rows,
  };

  it("is written without holding up other requests: the event loop turns at least every 100 ms", async () => {
    let bytes: Buffer | undefined;
    const stall = await longestStall(async () => (bytes = await workbookBuffer(table)));
    if (!bytes) throw new Error("no workbook");
    // Built in one piece, exceljs kept the loop for seconds on this size.
    expect(stall).toBeLessThan(100);
    const sheet = (await loadWorkbook(bytes)).worksheets[0];
    expect(sheet?.rowCount).toBe(10_000 + 4);
    expect(sheet?.getRow(10_004).getCell(3).text).toBe("Иванова Мария Петровна 9999");
  });
});
