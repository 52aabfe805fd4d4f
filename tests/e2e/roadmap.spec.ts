import type { Locator, Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { lyceumTemplate } from "@/lib/roadmap/templates/lyceum";
import { setActivityStatus } from "@/lib/roadmap/service";
import { expect, field, statusOf, test } from "./support/fixtures";
import type { FreshTenant } from "./support/database";
import { addDays, currentAcademicYear, russianDate, schoolToday } from "./support/dates";
import { docxText, downloadedBytes } from "./support/documents";
import { sheetRows } from "./support/xlsx";
import { activityIdOf, addActivityFor, asMember, createProgrammeFor, defaultProgrammeTitle, memberContext, signedOrder } from "./support/programmes";

/**
 * Issue 4, the roadmap: a curator of a fresh school runs the 2025/2026 programme, made from the
 * lyceum's template. The 2025/2026 year is over (every activity of it is overdue), which is what
 * the highlighting checks rely on.
 */

type Roster = "director" | "curator";
const ROSTER: Record<Roster, OrganisationRole[]> = { director: ["DIRECTOR"], curator: ["CURATOR"] };

const YEAR = 2025;
const TITLE = defaultProgrammeTitle(YEAR);

/** The lyceum template's stages with their periods moved into 2025/2026, written out by hand. */
const STAGES_2025 = [
  { period: "Октябрь -декабрь 2025", meaning: "01.10.2025 – 31.12.2025" },
  { period: "Декабрь 2025 - январь 2026", meaning: "01.12.2025 – 31.01.2026" },
  { period: "Декабрь 2025 - январь 2026", meaning: "01.12.2025 – 31.01.2026" },
  { period: "Январь 2026", meaning: "01.01.2026 – 31.01.2026" },
  { period: "Январь 2026", meaning: "01.01.2026 – 31.01.2026" },
  { period: "Февраль 2026 – май 2026", meaning: "01.02.2026 – 31.05.2026" },
  { period: "Май 2026", meaning: "01.05.2026 – 31.05.2026" },
];
/** The same a year later, as a copy to 2026/2027 must have them. */
const STAGES_2026 = [
  { period: "Октябрь -декабрь 2026", meaning: "01.10.2026 – 31.12.2026", end: "2026-12-31" },
  { period: "Декабрь 2026 - январь 2027", meaning: "01.12.2026 – 31.01.2027", end: "2027-01-31" },
  { period: "Декабрь 2026 - январь 2027", meaning: "01.12.2026 – 31.01.2027", end: "2027-01-31" },
  { period: "Январь 2027", meaning: "01.01.2027 – 31.01.2027", end: "2027-01-31" },
  { period: "Январь 2027", meaning: "01.01.2027 – 31.01.2027", end: "2027-01-31" },
  { period: "Февраль 2027 – май 2027", meaning: "01.02.2027 – 31.05.2027", end: "2027-05-31" },
  { period: "Май 2027", meaning: "01.05.2027 – 31.05.2027", end: "2027-05-31" },
];

const TEMPLATE_STAGES = lyceumTemplate.stages.map((stage) => ({ title: stage.title, activities: stage.activities.map((activity) => activity.title) }));
const ALL_TITLES = TEMPLATE_STAGES.flatMap((stage) => stage.activities);
const TOTAL = ALL_TITLES.length; // 37
/** Stage 1 is the director's; every later stage names the curator. */
const CURATOR_TITLES = TEMPLATE_STAGES.slice(1).flatMap((stage) => stage.activities);

const ORDER_ACTIVITY = "Издание приказа «О внедрении целевой модели наставничества в Лицее»";
const DIRECTOR_ACTIVITY = "Обучение куратора";

async function signedInCurator(pageAs: (email: string, options?: { password?: string }) => Promise<Page>, tenant: FreshTenant<Roster>): Promise<Page> {
  const { curator } = tenant.people;
  return pageAs(curator.email, { password: curator.password });
}

function card(page: Page, title: string): Locator {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

const stages = (page: Page) => page.getByTestId("roadmap-stage");
const activities = (scope: Page | Locator) => scope.getByTestId("roadmap-activity");
const stageHeadings = (page: Page) => stages(page).locator("th[scope=rowgroup] span.font-semibold");
/** The stage's own header row (its activities have move buttons of their own). */
const stageHeader = (stage: Locator) => stage.locator("th[scope=rowgroup]");
/** The «№» cell, «2.3», whatever controls follow the number. */
const numberCell = (row: Locator) => row.locator("td").first();
const activityRow = (page: Page, title: string) => activities(page).filter({ has: page.getByRole("link", { name: title, exact: true }) });

/** Every stage of the table holds the template's activities with the given periods. */
async function expectTemplateRoadmap(page: Page, periods: { period: string; meaning: string }[]): Promise<void> {
  await expect(stages(page)).toHaveCount(TEMPLATE_STAGES.length);
  await expect(stageHeadings(page)).toHaveText(TEMPLATE_STAGES.map((stage, index) => `${index + 1}. ${stage.title}`));
  await expect(activities(page)).toHaveCount(TOTAL);
  for (const [index, stage] of TEMPLATE_STAGES.entries()) {
    const rows = activities(stages(page).nth(index));
    const expected = periods[index];
    if (!expected) throw new Error(`No expected period for stage ${index + 1}`);
    await expect(rows.locator("td:nth-child(2) a")).toHaveText(stage.activities);
    await expect(rows.locator("td:nth-child(4) span:nth-child(1)")).toHaveText(stage.activities.map(() => expected.period));
    await expect(rows.locator("td:nth-child(4) span:nth-child(2)")).toHaveText(stage.activities.map(() => expected.meaning));
  }
}

test.describe("the roadmap of a programme", () => {
  test("a curator creates the 2025/2026 programme from the lyceum template and sees every overdue activity", async ({ pageAs, freshTenant }) => {
    const tenant = await freshTenant(ROSTER);
    const { curator } = tenant.people;
    const page = await signedInCurator(pageAs, tenant);

    expect(await statusOf(page, `/o/${tenant.slug}/programmes`)).toBe(200);
    await expect(page.getByText("Программ пока нет.")).toBeVisible();
    await page.getByRole("link", { name: "Новая программа" }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${tenant.slug}/programmes/new$`));

    await field(page, "Учебный год").selectOption({ label: "2025/2026" });
    await expect(page.getByText("1 сентября 2025 — 31 августа 2026")).toBeVisible();
    await field(page, "Название программы").fill(TITLE);
    await page.getByRole("radio", { name: /^Дорожная карта лицея/ }).check();
    await field(page, "Куратор").selectOption({ label: `${curator.lastName} ${curator.firstName} ${curator.middleName}` });

    // Without a form of mentoring nothing is created, and the form says why.
    await page.getByRole("button", { name: "Создать программу" }).click();
    await expect(page.getByText("Выберите хотя бы одну форму наставничества")).toBeVisible();
    await expect(page).toHaveURL(/\/programmes\/new$/);

    await page.getByRole("checkbox", { name: "равный – равному" }).check();
    await page.getByRole("checkbox", { name: "опытный педагог – молодой специалист" }).check();
    await page.getByRole("button", { name: "Создать программу" }).click();
    await page.waitForURL(new RegExp(`/o/${tenant.slug}/programmes/[0-9a-f-]{36}$`));

    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText("2025/2026 учебный год · 01.09.2025 – 31.08.2026")).toBeVisible();
    await expect(page.getByTestId("roadmap-table")).toBeVisible();
    await expectTemplateRoadmap(page, STAGES_2025);

    // The whole year has passed: every activity is overdue, in colour and in words.
    await expect(activities(page).and(page.locator('[data-deadline="overdue"]'))).toHaveCount(TOTAL);
    await expect(activities(page).filter({ has: page.getByText("просрочено", { exact: true }) })).toHaveCount(TOTAL);

    const progress = card(page, "Выполнение");
    await expect(page.getByTestId("programme-progress")).toHaveText("0%");
    await expect(progress).toContainText(`выполнено 0 из ${TOTAL}; просрочено: ${TOTAL}; срок на этой неделе: 0`);
    await expect(stageHeadings(page).first().locator("xpath=..")).toContainText(`выполнено 0 из ${TEMPLATE_STAGES[0]?.activities.length} (0%)`);

    await expect(card(page, "Статус")).toContainText("черновик");
    await expect(card(page, "Статус").getByRole("link", { name: "подготовить проект приказа" })).toBeVisible();
    const parameters = card(page, "Параметры");
    await expect(parameters).toContainText(`Куратор: ${curator.lastName} ${curator.firstName} ${curator.middleName}`);
    await expect(parameters).toContainText("Формы: «ученик – ученик», «учитель – учитель»");

    // The month-by-month chart shows the same activities, the overdue ones in red.
    await page.getByRole("link", { name: "График по месяцам" }).click();
    await page.waitForURL(/\?view=timeline$/);
    const timeline = page.getByTestId("roadmap-timeline");
    await expect(timeline).toBeVisible();
    await expect(page.getByTestId("roadmap-table")).toHaveCount(0);
    await expect(timeline.locator("thead th")).toHaveCount(13);
    await expect(timeline.locator("tbody tr td:first-child")).toHaveText(ALL_TITLES);
    // Stage 1 runs October to December: three months for each of its activities.
    const firstStage = TEMPLATE_STAGES[0]?.activities.length ?? 0;
    await expect(timeline.locator('[aria-label$=": Октябрь -декабрь 2025"]')).toHaveCount(3 * firstStage);
    await expect(timeline.locator("span.bg-red-600")).not.toHaveCount(0);
    await expect(timeline.locator("span.bg-green-600")).toHaveCount(0);

    // The programme is listed with its progress.
    await page.goto(`/o/${tenant.slug}/programmes`);
    const listed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
    await expect(listed).toContainText(`2025/2026 учебный год · выполнено 0 из ${TOTAL} мероприятий`);
    await expect(listed).toContainText("черновик");
  });

  test("editing an activity: a period the parser cannot read is refused in Russian and nothing is saved", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const page = await signedInCurator(pageAs, tenant);

    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    await page.getByRole("link", { name: DIRECTOR_ACTIVITY, exact: true }).click();
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    const activityUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: DIRECTOR_ACTIVITY })).toBeVisible();
    await expect(field(page, "Сроки")).toHaveValue("Октябрь -декабрь 2025");

    const renamed = "Обучение куратора программы наставничества";
    await field(page, "Мероприятие").fill(renamed);
    await field(page, "Сроки").fill("когда-нибудь");
    await page.getByRole("button", { name: "Сохранить мероприятие" }).click();
    const parserMessage = "Не удалось распознать срок «когда-нибудь»: напишите, например, «октябрь – декабрь 2025» или «до 20.08.2025»";
    await expect(page.getByTestId("form-error")).toHaveText(parserMessage);
    await expect(page.getByTestId("field-error").filter({ hasText: parserMessage })).toBeVisible();
    await expect(field(page, "Сроки")).toHaveAttribute("aria-invalid", "true");

    // Nothing of that attempt was written: not the period, not the title sent with it.
    await page.goto(activityUrl);
    await expect(page.getByRole("heading", { level: 1, name: DIRECTOR_ACTIVITY })).toBeVisible();
    await expect(field(page, "Мероприятие")).toHaveValue(DIRECTOR_ACTIVITY);
    await expect(field(page, "Сроки")).toHaveValue("Октябрь -декабрь 2025");

    await field(page, "Мероприятие").fill(renamed);
    await field(page, "Сроки").fill("до 20.12.2025");
    await page.getByRole("button", { name: "Сохранить мероприятие" }).click();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await expect(page.getByText("Сроки: до 20.12.2025 · запланировано")).toBeVisible();
    await expect(field(page, "Мероприятие")).toHaveValue(renamed);
    await expect(field(page, "Сроки")).toHaveValue("до 20.12.2025");

    await page.getByRole("link", { name: `← ${TITLE}` }).click();
    const row = activityRow(page, renamed);
    await expect(row.locator("td:nth-child(4) span:nth-child(1)")).toHaveText("до 20.12.2025");
    await expect(row.locator("td:nth-child(4) span:nth-child(2)")).toHaveText("до 20.12.2025");
    await expect(row).toHaveAttribute("data-deadline", "overdue");
    await expect(activityRow(page, DIRECTOR_ACTIVITY)).toHaveCount(0);
    await expect(activities(page)).toHaveCount(TOTAL);
  });

  test("forms keep what the user did: a saved status stays selected, a refused comment stays typed", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, tenant.people.curator), { academicYear: YEAR });
    const page = await signedInCurator(pageAs, tenant);
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    await page.getByRole("link", { name: DIRECTOR_ACTIVITY, exact: true }).click();
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    const activityUrl = page.url();
    const status = page.getByLabel(/^Статус:/);
    const save = page.getByRole("button", { name: "Сохранить статус" });

    for (const [value, label] of [["IN_PROGRESS", "в работе"], ["CANCELLED", "отменено"]] as const) {
      await status.selectOption(value);
      await save.click();
      await expect(page.getByText(new RegExp(`Сроки: .* · ${label}$`))).toBeVisible();
      await expect(status).toHaveValue(value);
    }
    await page.goto(activityUrl);
    await expect(status).toHaveValue("CANCELLED");

    const comment = page.getByLabel("Комментарий");
    await expect(comment).toHaveAttribute("maxlength", "2000");
    await expect(page.getByText("До 2000 символов.")).toBeVisible();
    // Past the browser's own limit, as a pasted text in an old browser would be: the server refuses it.
    await comment.evaluate((element) => element.removeAttribute("maxlength"));
    const tooLong = "Обсудили план встреч. ".repeat(100);
    await comment.fill(tooLong);
    await page.getByRole("button", { name: "Добавить комментарий" }).click();
    await expect(page.getByTestId("form-error")).toBeVisible();
    await expect(comment).toHaveValue(tooLong);
    await expect(status).toHaveValue("CANCELLED");

    await comment.fill("Перенесли на следующую неделю");
    await page.getByRole("button", { name: "Добавить комментарий" }).click();
    await expect(page.getByText("Перенесли на следующую неделю")).toBeVisible();
    await expect(comment).toHaveValue("");
  });

  test("an activity marked «выполнено» with a signed order as evidence counts as done", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const directorCtx = memberContext(tenant, tenant.people.director);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const today = schoolToday();
    const order = await signedOrder(ownerDb, { drafter: curatorCtx, director: directorCtx }, { type: "INTRODUCE_MODEL", signedOn: today });
    expect(order.number).toBe("1");
    const page = await signedInCurator(pageAs, tenant);

    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    await page.getByRole("link", { name: ORDER_ACTIVITY, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: ORDER_ACTIVITY })).toBeVisible();
    const evidenceCard = card(page, "Подтверждения");
    await expect(evidenceCard).toContainText("Приказов и документов пока нет.");

    await page.getByLabel("Приказ из журнала").selectOption({ label: `№ 1 от ${russianDate(today)} О внедрении целевой модели наставничества` });
    await page.getByRole("button", { name: "Прикрепить приказ" }).click();
    const evidence = page.getByTestId("activity-evidence").getByRole("link", { name: "Приказ № 1 «О внедрении целевой модели наставничества»" });
    await expect(evidence).toBeVisible();
    await expect(evidence).toHaveAttribute("href", `/o/${tenant.slug}/orders/${order.orderId}`);

    await page.getByLabel(`Статус: ${ORDER_ACTIVITY}`).selectOption({ label: "выполнено" });
    await card(page, "Статус").getByRole("button").click();
    await expect(card(page, "Статус").getByTestId("form-success")).toHaveText("Статус сохранён.");
    await expect(card(page, "Статус")).toContainText(`Выполнено ${russianDate(today)}`);
    await expect(page.getByText(`Сроки: ${STAGES_2025[0]?.period} · выполнено`)).toBeVisible();

    // In the table: no longer overdue, its evidence listed, and counted as done.
    await page.getByRole("link", { name: `← ${TITLE}` }).click();
    const row = activityRow(page, ORDER_ACTIVITY);
    await expect(row).not.toHaveAttribute("data-deadline", /.+/);
    await expect(row).not.toContainText("просрочено");
    await expect(row).toContainText("Подтверждения: Приказ № 1 «О внедрении целевой модели наставничества»");
    await expect(row).toContainText(`выполнено ${russianDate(today)}`);
    await expect(row.getByLabel(`Статус: ${ORDER_ACTIVITY}`)).toHaveValue("DONE");
    await expect(page.getByTestId("programme-progress")).toHaveText(`${Math.round((1 / TOTAL) * 100)}%`);
    await expect(card(page, "Выполнение")).toContainText(`выполнено 1 из ${TOTAL}; просрочено: ${TOTAL - 1}; срок на этой неделе: 0`);
    const firstStageSize = TEMPLATE_STAGES[0]?.activities.length ?? 0;
    await expect(stageHeadings(page).first().locator("xpath=..")).toContainText(`выполнено 1 из ${firstStageSize} (${Math.round((1 / firstStageSize) * 100)}%)`);
    await expect(activities(page).and(page.locator('[data-deadline="overdue"]'))).toHaveCount(TOTAL - 1);

    await page.goto(`/o/${tenant.slug}/programmes`);
    await expect(page.getByText(`2025/2026 учебный год · выполнено 1 из ${TOTAL} мероприятий`)).toBeVisible();
  });

  test("«Мои задачи» lists the curator's activities by due date; the home page only this year's deadlines", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const soon = addDays(schoolToday(), 3);
    const dueSoon = "Встреча куратора с родителями наставляемых";
    await addActivityFor(ownerDb, curatorCtx, programmeId, { stageIndex: 6, title: dueSoon, periodText: `до ${russianDate(soon)}` });
    const page = await signedInCurator(pageAs, tenant);

    expect(await statusOf(page, `/o/${tenant.slug}/tasks`)).toBe(200);
    const tasks = page.getByTestId("task-list").getByRole("listitem");
    await expect(tasks).toHaveCount(CURATOR_TITLES.length + 1);
    // Soonest deadline first: the overdue ones (in any order among equal deadlines), then this week's.
    expect((await tasks.getByRole("link").allTextContents()).slice(0, -1).sort()).toEqual([...CURATOR_TITLES].sort());
    await expect(tasks.last().getByRole("link")).toHaveText(dueSoon);
    await expect(tasks.filter({ hasText: "просрочено" })).toHaveCount(CURATOR_TITLES.length);
    await expect(tasks.last()).toContainText("срок на этой неделе");
    await expect(tasks.last()).toContainText(`до ${russianDate(soon)} · ${TITLE}`);
    // The director's stage is not the curator's task.
    await expect(tasks.filter({ hasText: DIRECTOR_ACTIVITY })).toHaveCount(0);

    // The home page lists only this year's programme: of last year's it shows no overdue badge, but the truth.
    expect(await statusOf(page, `/o/${tenant.slug}`)).toBe(200);
    const deadlines = page.getByTestId("home-deadlines");
    await expect(deadlines).toContainText(`Программы на ${currentAcademicYear()}/${currentAcademicYear() + 1} учебный год ещё нет — создайте её`);
    await expect(deadlines.getByRole("listitem")).toHaveCount(0);
  });

  test("the roadmap downloads as .xlsx and .docx with its activities and the approval stamp", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const page = await signedInCurator(pageAs, tenant);
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать .xlsx" }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^Дорожная карта 2025-2026 .+\.xlsx$/);
    const rows = await sheetRows(await downloadedBytes(xlsx));
    expect(rows[0]).toEqual(["Этап", "№", "Мероприятия", "Результат", "Сроки", "Ответственные", "Начало", "Окончание", "Статус", "Выполнено"]);
    const body = rows.slice(1);
    expect(body.map((row) => row[2])).toEqual(ALL_TITLES);
    expect(body[0]?.slice(0, 6)).toEqual([`1. ${TEMPLATE_STAGES[0]?.title}`, "1.1.", ALL_TITLES[0], "", "Октябрь -декабрь 2025", "Руководитель, администрация"]);
    expect(new Set(body.map((row) => row[8]))).toEqual(new Set(["запланировано"]));

    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать .docx" }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^Дорожная карта 2025-2026 .+\.docx$/);
    const text = await docxText(await downloadedBytes(docx));
    expect(text).toContain("УТВЕРЖДАЮ");
    expect(text).not.toContain("УТВЕРЖДЕНО");
    expect(text).toContain(`Дорожная карта (план мероприятий) реализации программы наставничества «${TITLE}» на 2025/2026 учебный год`);
    for (const [stageIndex, stage] of TEMPLATE_STAGES.entries()) {
      expect(text).toContain(`${stageIndex + 1}. ${stage.title}`);
      stage.activities.forEach((title, index) => expect(text).toContain(`${index + 1}. ${title}`));
    }
  });

  test("a stage and an activity are added, and a stage moves up", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const page = await signedInCurator(pageAs, tenant);
    await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);

    // The structure is changed in the editing mode; the table itself carries only statuses.
    await expect(page.getByRole("button", { name: "↑" })).toHaveCount(0);
    await page.getByRole("link", { name: "Изменить состав и порядок" }).click();
    await page.waitForURL(/\?edit=1$/);
    const newStage = "Информационная поддержка";
    await page.getByLabel("Новый этап").fill(newStage);
    await page.getByRole("button", { name: "Добавить этап" }).click();
    await expect(stageHeadings(page)).toHaveText([...TEMPLATE_STAGES.map((stage, index) => `${index + 1}. ${stage.title}`), `8. ${newStage}`]);
    const added = stages(page).nth(7);
    await expect(added).toContainText("выполнено 0 из 0 (0%)");

    // One form adds to any stage; an activity with an unreadable period is not added.
    const form = page.getByTestId("add-activity");
    await form.getByText("+ Добавить мероприятие").click();
    await field(form, "Этап").selectOption({ label: `8. ${newStage}` });
    const title = "Публикация новостей о наставничестве на сайте школы";
    await field(form, "Мероприятие").fill(title);
    await field(form, "Результат / документ").fill("Новости на сайте");
    await field(form, "Сроки").fill("когда-нибудь");
    await field(form, "Ответственные (как в документе)").fill("Куратор");
    await form.getByRole("checkbox", { name: "Куратор", exact: true }).check();
    await form.getByRole("button", { name: "Добавить", exact: true }).click();
    await expect(form.getByTestId("form-error")).toContainText("Не удалось распознать срок «когда-нибудь»");
    await expect(activities(added)).toHaveCount(0);

    await field(form, "Сроки").fill("с 1 по 15 сентября");
    await form.getByRole("button", { name: "Добавить", exact: true }).click();
    await expect(activities(added)).toHaveCount(1);
    await expect(field(form, "Мероприятие")).toHaveValue("");
    const row = activities(added).first();
    await expect(numberCell(row)).toHaveText(/^8\.1(?!\d)/);
    await expect(row.getByRole("link", { name: title })).toBeVisible();
    await expect(row.locator("td:nth-child(3)")).toHaveText("Новости на сайте");
    await expect(row.locator("td:nth-child(4) span:nth-child(1)")).toHaveText("с 1 по 15 сентября");
    await expect(row.locator("td:nth-child(4) span:nth-child(2)")).toHaveText("01.09.2025 – 15.09.2025");
    await expect(row.locator("td:nth-child(5)")).toHaveText("Куратор");
    await expect(activities(page)).toHaveCount(TOTAL + 1);

    // Moved above «Завершение…», it takes the activity with it.
    await stageHeader(added).getByRole("button", { name: "↑" }).click();
    const last = TEMPLATE_STAGES[TEMPLATE_STAGES.length - 1]?.title ?? "";
    await expect(stageHeadings(page)).toHaveText([...TEMPLATE_STAGES.slice(0, 6).map((stage, index) => `${index + 1}. ${stage.title}`), `7. ${newStage}`, `8. ${last}`]);
    const moved = stages(page).nth(6);
    await expect(activities(moved)).toHaveCount(1);
    await expect(numberCell(activities(moved).first())).toHaveText(/^7\.1(?!\d)/);
    await expect(activities(moved).first().getByRole("link", { name: title })).toBeVisible();

    // The curator names the curator's role responsible: the new activity is in «Мои задачи».
    await page.goto(`/o/${tenant.slug}/tasks`);
    await expect(page.getByTestId("task-list").getByRole("link", { name: title })).toBeVisible();
  });

  test("last year's programme copies to 2026/2027 with every date a year later and nothing done", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const doneId = await activityIdOf(ownerDb, curatorCtx, programmeId, ALL_TITLES[0] ?? "");
    await asMember(ownerDb, curatorCtx, (tx) => setActivityStatus(tx, curatorCtx, { activityId: doneId, status: "DONE" }));
    const page = await signedInCurator(pageAs, tenant);

    await page.goto(`/o/${tenant.slug}/programmes`);
    await page.getByRole("button", { name: "Копировать на 2026/2027" }).click();
    await expect(page.getByTestId("form-success")).toHaveText("Создана программа на следующий учебный год: даты дорожной карты сдвинуты на год.");
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(2);
    const copy = items.filter({ hasText: "2026/2027 учебный год" });
    await expect(copy).toContainText(`2026/2027 учебный год · выполнено 0 из ${TOTAL} мероприятий`);
    await expect(copy).toContainText("черновик");
    await expect(items.filter({ hasText: "2025/2026 учебный год" })).toContainText(`выполнено 1 из ${TOTAL} мероприятий`);

    await copy.getByRole("link").click();
    await page.waitForURL(new RegExp(`/o/${tenant.slug}/programmes/[0-9a-f-]{36}$`));
    expect(page.url()).not.toContain(programmeId);
    await expect(page.getByText("2026/2027 учебный год · 01.09.2026 – 31.08.2027")).toBeVisible();
    await expectTemplateRoadmap(page, STAGES_2026);
    const today = schoolToday();
    const overdue = TEMPLATE_STAGES.reduce((sum, stage, index) => sum + ((STAGES_2026[index]?.end ?? "") < today ? stage.activities.length : 0), 0);
    await expect(card(page, "Выполнение")).toContainText(`выполнено 0 из ${TOTAL}; просрочено: ${overdue}`);
    await expect(activities(page).and(page.locator('[data-deadline="overdue"]'))).toHaveCount(overdue);
    // Same forms and curator as last year.
    await expect(card(page, "Параметры")).toContainText("Формы: «ученик – ученик»");
    const { curator } = tenant.people;
    await expect(card(page, "Параметры")).toContainText(`Куратор: ${curator.lastName} ${curator.firstName} ${curator.middleName}`);
  });

  test("the copy to 2026/2027 is titled for 2026/2027", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant(ROSTER);
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const page = await signedInCurator(pageAs, tenant);

    await page.goto(`/o/${tenant.slug}/programmes`);
    await page.getByRole("button", { name: "Копировать на 2026/2027" }).click();
    await expect(page.getByTestId("form-success")).toBeVisible();
    const copy = page.getByRole("main").getByRole("listitem").filter({ hasText: "2026/2027 учебный год ·" });
    await expect(copy.getByRole("link")).toHaveText(defaultProgrammeTitle(2026), { timeout: 5_000 });
  });
});
