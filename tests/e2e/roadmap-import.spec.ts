import ExcelJS from "exceljs";
import type { Locator, Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { expect, statusOf, test } from "./support/fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { createProgrammeFor, memberContext } from "./support/programmes";

/**
 * Issue 4, loading a roadmap from Excel (/programmes/<id>/import): the file is checked first,
 * a file with a bad row writes nothing, a good one is appended to the roadmap.
 */

const ROSTER: Record<"curator", OrganisationRole[]> = { curator: ["CURATOR"] };
const TEMPLATE_STAGES = 7;
const TEMPLATE_ACTIVITIES = 37;
const STAGE = "Информационное сопровождение";

type Row = { title: string; result: string; period: string; responsible: string };

const ROWS: Row[] = [
  { title: "Публикация новости о программе на сайте школы", result: "Новость на сайте", period: "до 20.12.2025", responsible: "Куратор" },
  { title: "Родительское собрание о наставничестве", result: "Протокол собрания", period: "когда-нибудь", responsible: "Классные руководители" },
  { title: "Классные часы о наставничестве", result: "", period: "с 1 по 15 сентября", responsible: "Классные руководители" },
];

/** A school's own table, headed in its own words: one row per activity with its stage in column A, and a column Тандем does not load. */
async function roadmapFile(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("План мероприятий");
  sheet.addRow(["Этап", "Перечень мероприятий", "Планируемый результат", "Дата проведения", "Ответственный исполнитель", "Участники"]);
  for (const row of rows) sheet.addRow([STAGE, row.title, row.result, row.period, row.responsible, "Педагоги"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const fileInput = (page: Page) => page.getByLabel(/^Файл \.xlsx/);
const stageHeadings = (page: Page) => page.getByTestId("roadmap-stage").locator("th[scope=rowgroup] span.font-semibold");
const activities = (scope: Page | Locator) => scope.getByTestId("roadmap-activity");

async function check(page: Page, name: string, content: Buffer): Promise<void> {
  await fileInput(page).setInputFiles({ name, mimeType: XLSX, buffer: content });
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByTestId("import-report")).toBeVisible();
}

async function importPage(pageAs: (email: string, options: { password: string }) => Promise<Page>, tenant: { slug: string; people: { curator: { email: string; password: string } } }, programmeId: string) {
  const { curator } = tenant.people;
  const page = await pageAs(curator.email, { password: curator.password });
  expect(await statusOf(page, `/o/${tenant.slug}/programmes/${programmeId}`)).toBe(200);
  await page.getByRole("link", { name: "Загрузить из Excel" }).click();
  await page.waitForURL(new RegExp(`/programmes/${programmeId}/import$`));
  await expect(page.getByRole("heading", { level: 1, name: "Загрузка дорожной карты из Excel" })).toBeVisible();
  return page;
}

test.describe("loading the roadmap from .xlsx", () => {
  test("a school's own file: its columns are found by meaning, an unreadable period is flagged and does not block, and it lands as a new stage", async ({
    pageAs,
    freshTenant,
    ownerDb,
  }) => {
    const tenant = await freshTenant(ROSTER);
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, tenant.people.curator), { academicYear: 2025 });
    const page = await importPage(pageAs, tenant, programmeId);

    await check(page, "план.xlsx", await roadmapFile(ROWS));
    await expect(page.getByText("Ошибок нет, предупреждений — 2: этапов — 1, мероприятий — 3. Проверьте, как прочитан файл, и загрузите его.")).toBeVisible();
    await expect(page.getByTestId("import-problems")).toHaveCount(0);
    const warnings = page.getByTestId("import-warnings").getByRole("listitem");
    await expect(warnings).toHaveText([
      /^Столбец F «Участники» не загружается: непонятно, что в нём\. Укажите столбцы в сопоставлении столбцов\./,
      /^Строка 3: Не удалось распознать срок «когда-нибудь».*с пометкой «срок не распознан»/,
    ]);
    await expect(page.getByTestId("import-columns")).toContainText("«Мероприятия» — столбец B («Перечень мероприятий»)");
    await expect(page.getByTestId("import-columns")).toContainText("«Сроки» — столбец D («Дата проведения»)");
    // The preview shows how each row was read, the unread period marked.
    const preview = page.getByTestId("import-activity");
    await expect(preview).toHaveCount(ROWS.length);
    await expect(preview.nth(1)).toContainText("срок не распознан");
    await expect(preview.nth(1).locator("td").first()).toHaveText("3");
    await expect(page.getByLabel("Как загрузить")).toHaveValue("append");
    await expectNoSeriousViolations(page, "the import page with its warnings");

    await page.getByRole("button", { name: "Загрузить в дорожную карту" }).click();
    await expect(page.getByText("Загружено: этапов — 1, мероприятий — 3.")).toBeVisible();
    await page.getByRole("link", { name: "Открыть дорожную карту" }).click();
    await page.waitForURL(new RegExp(`/programmes/${programmeId}$`));

    await expect(stageHeadings(page)).toHaveCount(TEMPLATE_STAGES + 1);
    await expect(stageHeadings(page).last()).toHaveText(`${TEMPLATE_STAGES + 1}. ${STAGE}`);
    const imported = activities(page.getByTestId("roadmap-stage").last());
    await expect(imported.locator("td:nth-child(2) a")).toHaveText(ROWS.map((row) => row.title));
    await expect(imported.locator("td:nth-child(4) > span:nth-child(1)")).toHaveText(ROWS.map((row) => row.period));
    await expect(imported.locator("td:nth-child(4) > span:nth-child(2)")).toHaveText(["до 20.12.2025", "срок не распознан", "01.09.2025 – 15.09.2025"]);
    await expect(imported.nth(1).getByTestId("period-unrecognised")).toBeVisible();
    await expect(imported.locator("td:nth-child(3)")).toHaveText(["Новость на сайте", "Протокол собрания", "—"]);
    await expect(activities(page)).toHaveCount(TEMPLATE_ACTIVITIES + ROWS.length);
  });

  test("last year's roadmap: the preview offers to move its dates a year on, and they land moved", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, tenant.people.curator), { academicYear: 2025 });
    const page = await importPage(pageAs, tenant, programmeId);
    const lastYear: Row[] = [
      { title: "Новость о программе на сайте", result: "Новость", period: "до 20.12.2024", responsible: "Куратор" },
      { title: "Итоговая конференция", result: "Протокол", period: "май 2025", responsible: "Куратор" },
    ];

    await check(page, "план-2024.xlsx", await roadmapFile(lastYear));
    await expect(page.getByTestId("import-years")).toContainText("Сроки в файле — на 2024/2025 учебный год, а программа — на 2025/2026");
    await page.getByRole("button", { name: "Сдвинуть сроки на 1 год вперёд" }).click();
    await expect(page.getByTestId("import-years")).toHaveText("Годы в сроках сдвинуты на 1 год вперёд: так они и будут загружены.");
    await expect(page.getByTestId("import-activity").locator("td:nth-child(4)")).toContainText(["до 20.12.2025", "май 2026"]);

    await page.getByRole("button", { name: "Загрузить в дорожную карту" }).click();
    await expect(page.getByText("Загружено: этапов — 1, мероприятий — 2.")).toBeVisible();
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    const imported = activities(page.getByTestId("roadmap-stage").last());
    await expect(imported.locator("td:nth-child(4) > span:nth-child(1)")).toHaveText(["до 20.12.2025", "май 2026"]);
  });
});
