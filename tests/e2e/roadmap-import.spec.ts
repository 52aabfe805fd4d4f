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

/** A school's own table: a header row, then one row per activity with its stage in column A. */
async function roadmapFile(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("План мероприятий");
  sheet.addRow(["Этап", "Мероприятия", "Результат", "Сроки", "Ответственные"]);
  for (const row of rows) sheet.addRow([STAGE, row.title, row.result, row.period, row.responsible]);
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

test.describe("loading the roadmap from .xlsx", () => {
  test("a file with an unreadable period is reported by row and nothing is written", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const { curator } = tenant.people;
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, curator), { academicYear: 2025 });
    const page = await pageAs(curator.email, { password: curator.password });
    expect(await statusOf(page, `/o/${tenant.slug}/programmes/${programmeId}`)).toBe(200);
    await page.getByRole("link", { name: "Загрузить из Excel" }).click();
    await page.waitForURL(new RegExp(`/programmes/${programmeId}/import$`));
    await expect(page.getByRole("heading", { level: 1, name: "Загрузка дорожной карты из Excel" })).toBeVisible();

    await check(page, "план.xlsx", await roadmapFile(ROWS));
    await expect(page.getByText("Ничего не загружено: в файле ошибок — 1 (строки 3). Исправьте файл и проверьте его снова.")).toBeVisible();
    const problems = page.getByTestId("import-problems").getByRole("listitem");
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toHaveText(
      "Строка 3: Не удалось распознать срок «когда-нибудь»: напишите, например, «октябрь – декабрь 2025» или «до 20.08.2025» (столбец «Сроки»)",
    );
    // The preview shows how each row was read, the bad one marked.
    const preview = page.getByTestId("import-activity");
    await expect(preview).toHaveCount(ROWS.length);
    await expect(preview.nth(1)).toContainText("срок не распознан");
    await expect(preview.nth(1).locator("td").first()).toHaveText("3");
    await expect(page.getByRole("button", { name: "Загрузить в дорожную карту" })).toHaveCount(0);
    await expectNoSeriousViolations(page, "the import page with its problems");

    // The roadmap is as the template made it.
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    await expect(stageHeadings(page)).toHaveCount(TEMPLATE_STAGES);
    await expect(activities(page)).toHaveCount(TEMPLATE_ACTIVITIES);
    for (const row of ROWS) await expect(page.getByRole("link", { name: row.title })).toHaveCount(0);
  });

  test("a valid file is checked, then appended to the roadmap as a new stage", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const { curator } = tenant.people;
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, curator), { academicYear: 2025 });
    const page = await pageAs(curator.email, { password: curator.password });
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}/import`);

    const fixed = ROWS.map((row) => (row.period === "когда-нибудь" ? { ...row, period: "январь 2026" } : row));
    await check(page, "план.xlsx", await roadmapFile(fixed));
    await expect(page.getByText("Ошибок нет: этапов — 1, мероприятий — 3. Проверьте, как прочитан файл, и загрузите его.")).toBeVisible();
    await expect(page.getByTestId("import-problems")).toHaveCount(0);
    await expect(page.getByTestId("import-activity")).toHaveCount(fixed.length);
    await expect(page.getByLabel("Как загрузить")).toHaveValue("append");

    await page.getByRole("button", { name: "Загрузить в дорожную карту" }).click();
    await expect(page.getByText("Загружено: этапов — 1, мероприятий — 3.")).toBeVisible();
    await page.getByRole("link", { name: "Открыть дорожную карту" }).click();
    await page.waitForURL(new RegExp(`/programmes/${programmeId}$`));

    await expect(stageHeadings(page)).toHaveCount(TEMPLATE_STAGES + 1);
    await expect(stageHeadings(page).last()).toHaveText(`${TEMPLATE_STAGES + 1}. ${STAGE}`);
    const imported = activities(page.getByTestId("roadmap-stage").last());
    await expect(imported.locator("td:nth-child(2) a")).toHaveText(fixed.map((row) => row.title));
    await expect(imported.locator("td:nth-child(4) span:nth-child(1)")).toHaveText(fixed.map((row) => row.period));
    await expect(imported.locator("td:nth-child(4) span:nth-child(2)")).toHaveText(["до 20.12.2025", "01.01.2026 – 31.01.2026", "01.09.2025 – 15.09.2025"]);
    await expect(imported.locator("td:nth-child(3)")).toHaveText(["Новость на сайте", "Протокол собрания", "—"]);
    await expect(activities(page)).toHaveCount(TEMPLATE_ACTIVITIES + fixed.length);
  });
});
