import type { Locator, Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { expect, field, statusOf, test } from "./support/fixtures";
import type { FreshPerson } from "./support/database";
import { addDays, russianDate, schoolToday } from "./support/dates";
import { DOCX_CONTENT_TYPE, docxText, downloadedBytes, fetchDocxText, onePagePdf } from "./support/documents";
import { createProgrammeFor, defaultProgrammeTitle, memberContext, orderInReview, setNumbering, signedOrder } from "./support/programmes";

/**
 * Issue 4, the orders: the journal of a fresh school, an approval order from draft to
 * signature, its .docx and the scan of its paper original, and who may not see it.
 */

const YEAR = 2025;
const PROGRAMME_TITLE = defaultProgrammeTitle(YEAR);
const DRAFT_HEADING = "Об утверждении программы наставничества и дорожной карты на 2025/2026 учебный год";
const EDITED_HEADING = "Об утверждении программы наставничества и дорожной карты её реализации на 2025/2026 учебный год";
const HEADING_RULE = "Заголовок приказа начинается с «О» или «Об»";
const HEADING_LABEL = "Заголовок (начинается с «О» или «Об»)";

const fullNameOf = (person: FreshPerson) => `${person.lastName} ${person.firstName} ${person.middleName}`;

function card(page: Page, title: string): Locator {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

const paper = (page: Page) => page.getByRole("article", { name: "Текст приказа" });

async function signIn(pageAs: (email: string, options?: { password?: string }) => Promise<Page>, person: FreshPerson): Promise<Page> {
  return pageAs(person.email, { password: person.password });
}

test.describe("orders", () => {
  test("an approval order goes from draft through the approval sheet to signature and approves the programme", async ({ pageAs, freshTenant, ownerDb }) => {
    test.slow();
    const roster: Record<"director" | "curator" | "methodist", OrganisationRole[]> = { director: ["DIRECTOR"], curator: ["CURATOR"], methodist: ["METHODIST"] };
    const tenant = await freshTenant(roster);
    const { director, curator, methodist } = tenant.people;
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, curator), { academicYear: YEAR });
    const today = schoolToday();

    // The director numbers orders «{n}/од»; a pattern without {n} is refused.
    const directorPage = await signIn(pageAs, director);
    expect(await statusOf(directorPage, `/o/${tenant.slug}/orders`)).toBe(200);
    await expect(directorPage.getByText("Приказов пока нет.")).toBeVisible();
    const numbering = card(directorPage, "Нумерация приказов");
    await numbering.getByLabel("Шаблон номера приказа").fill("од");
    await numbering.getByRole("button", { name: "Сохранить шаблон" }).click();
    // Only the generic message shows: the rule itself is lost (see the report on ActionButton's field errors).
    await expect(numbering.getByTestId("form-error")).toBeVisible();
    await directorPage.reload();
    await expect(numbering.getByLabel("Шаблон номера приказа")).toHaveValue("{n}");
    await numbering.getByLabel("Шаблон номера приказа").fill("{n}/од");
    await numbering.getByRole("button", { name: "Сохранить шаблон" }).click();
    await expect(numbering.getByTestId("form-success")).toHaveText("Шаблон номера сохранён: он применяется к следующим подписанным приказам.");
    await directorPage.reload();
    await expect(numbering.getByLabel("Шаблон номера приказа")).toHaveValue("{n}/од");

    // The curator drafts «Об утверждении…» for the programme.
    const curatorPage = await signIn(pageAs, curator);
    await curatorPage.goto(`/o/${tenant.slug}/orders`);
    await expect(card(curatorPage, "Нумерация приказов")).toHaveCount(0);
    await curatorPage.getByRole("link", { name: "Новый приказ" }).click();
    await curatorPage.waitForURL(/\/orders\/new$/);
    await expect(field(curatorPage, "Вид приказа")).toHaveValue("APPROVE_PROGRAMME");
    await curatorPage.getByRole("button", { name: "Создать проект" }).click();
    await expect(curatorPage.getByTestId("form-error")).toHaveText("Выберите программу, к которой относится приказ.");
    await field(curatorPage, "Программа").selectOption({ label: `${PROGRAMME_TITLE} (2025/2026)` });
    await curatorPage.getByRole("button", { name: "Создать проект" }).click();
    await curatorPage.waitForURL(new RegExp(`/o/${tenant.slug}/orders/[0-9a-f-]{36}$`));
    const orderUrl = new URL(curatorPage.url()).pathname;
    await expect(curatorPage.getByRole("heading", { level: 1, name: "Проект приказа" })).toBeVisible();
    await expect(paper(curatorPage)).toContainText("ПРИКАЗ");
    await expect(paper(curatorPage)).toContainText("№ ____");
    await expect(paper(curatorPage).getByRole("heading", { level: 2 })).toHaveText(DRAFT_HEADING);
    await expect(paper(curatorPage)).toContainText(`Утвердить программу наставничества «${PROGRAMME_TITLE}» на 2025/2026 учебный год (приложение 1).`);
    const draftDocx = await fetchDocxText(curatorPage.request, `${orderUrl}/docx`);
    expect(draftDocx).toContain("ПРОЕКТ");
    expect(draftDocx).toContain(DRAFT_HEADING);

    // A heading that does not start with «О»/«Об» is refused and nothing is saved.
    await field(curatorPage, HEADING_LABEL).fill("Утвердить программу наставничества");
    await curatorPage.getByRole("button", { name: "Сохранить проект" }).click();
    await expect(curatorPage.getByTestId("field-error").filter({ hasText: HEADING_RULE })).toBeVisible();
    await expect(field(curatorPage, HEADING_LABEL)).toHaveAttribute("aria-invalid", "true");
    await curatorPage.reload();
    await expect(paper(curatorPage).getByRole("heading", { level: 2 })).toHaveText(DRAFT_HEADING);
    await expect(field(curatorPage, HEADING_LABEL)).toHaveValue(DRAFT_HEADING);

    await field(curatorPage, HEADING_LABEL).fill(EDITED_HEADING);
    const points = curatorPage.getByLabel("Пункты приказа — каждый с новой строки");
    const added = "Разместить программу и дорожную карту на официальном сайте в течение 10 дней.";
    await points.fill(`${await points.inputValue()}\n${added}`);
    await curatorPage.getByRole("button", { name: "Сохранить проект" }).click();
    await expect(card(curatorPage, "Текст проекта").getByTestId("form-success")).toHaveText("Проект приказа сохранён.");
    await expect(paper(curatorPage).getByRole("heading", { level: 2 })).toHaveText(EDITED_HEADING);
    await expect(paper(curatorPage).getByRole("listitem").last()).toHaveText(added);

    // Sent for review with the methodist on the approval sheet.
    const review = card(curatorPage, "Согласование");
    await review.getByRole("checkbox", { name: fullNameOf(methodist) }).check();
    await review.getByRole("button", { name: "Направить на согласование" }).click();
    await expect(card(curatorPage, "Статус")).toContainText("на согласовании");
    await expect(card(curatorPage, "Лист согласования")).toContainText(`${fullNameOf(methodist)}: ожидает`);
    await expect(card(curatorPage, "Текст проекта")).toHaveCount(0);
    await expect(card(curatorPage, "Подписание").getByRole("button", { name: "Вернуть на доработку" })).toBeVisible();
    await expect(curatorPage.getByRole("button", { name: "Подписать приказ" })).toHaveCount(0);

    // The director cannot sign before the methodist agrees.
    await directorPage.goto(orderUrl);
    await expect(card(directorPage, "Подписание")).toContainText("Подписать можно, когда согласуют все из листа согласования.");
    await expect(directorPage.getByRole("button", { name: "Подписать приказ" })).toHaveCount(0);

    const methodistPage = await signIn(pageAs, methodist);
    await methodistPage.goto(orderUrl);
    const agreement = card(methodistPage, "Ваше согласование");
    await agreement.getByRole("button", { name: "Согласовать" }).click();
    await expect(card(methodistPage, "Лист согласования")).toContainText(new RegExp(`${fullNameOf(methodist)}: согласовано ${russianDate(today).replace(/\./g, "\\.")} \\d\\d:\\d\\d`));
    await expect(card(methodistPage, "Ваше согласование")).toHaveCount(0);

    // The director signs: the order takes number «1/од» and the programme is approved.
    await directorPage.reload();
    const signing = card(directorPage, "Подписание");
    await signing.getByLabel("Дата приказа").fill(today);
    await signing.getByRole("button", { name: "Подписать приказ" }).click();
    await expect(directorPage.getByRole("heading", { level: 1, name: "Приказ № 1/од" })).toBeVisible();
    await expect(directorPage.getByText(`Об утверждении положения, программы и дорожной карты · от ${russianDate(today)}`)).toBeVisible();
    await expect(card(directorPage, "Статус")).toContainText("подписан");
    await expect(card(directorPage, "Статус")).toContainText(`Подписал(а): ${fullNameOf(director)}, ${russianDate(today)}`);
    await expect(paper(directorPage)).toContainText(russianDate(today));
    await expect(paper(directorPage)).toContainText("№ 1/од");

    // Signed, it cannot be edited by anyone any more.
    await curatorPage.reload();
    await expect(curatorPage.getByRole("heading", { level: 1, name: "Приказ № 1/од" })).toBeVisible();
    for (const page of [curatorPage, directorPage]) {
      await expect(card(page, "Текст проекта")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Сохранить проект" })).toHaveCount(0);
      await expect(page.getByLabel(HEADING_LABEL)).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Направить на согласование" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Удалить проект" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Вернуть на доработку" })).toHaveCount(0);
    }

    await curatorPage.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
    const status = card(curatorPage, "Статус");
    await expect(status).toContainText("утверждена");
    await expect(status).toContainText(`Утверждена приказом от ${russianDate(today)} № 1/од`);
    await expect(status.getByRole("link", { name: `приказом от ${russianDate(today)} № 1/од` })).toHaveAttribute("href", orderUrl);

    await curatorPage.goto(`/o/${tenant.slug}/orders`);
    const row = curatorPage.getByTestId("orders-table").locator("tbody tr");
    await expect(row).toHaveCount(1);
    await expect(row.locator("td")).toHaveText(["1/од", russianDate(today), EDITED_HEADING, "Об утверждении положения, программы и дорожной карты", "подписан"]);
  });

  test("a draft's text can be saved twice in a row", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant({ curator: ["CURATOR"] });
    const { curator } = tenant.people;
    await createProgrammeFor(ownerDb, memberContext(tenant, curator), { academicYear: YEAR });
    const page = await signIn(pageAs, curator);
    await page.goto(`/o/${tenant.slug}/orders/new`);
    await field(page, "Программа").selectOption({ label: `${PROGRAMME_TITLE} (2025/2026)` });
    await page.getByRole("button", { name: "Создать проект" }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);

    const text = card(page, "Текст проекта");
    await field(page, HEADING_LABEL).fill(EDITED_HEADING);
    await page.getByRole("button", { name: "Сохранить проект" }).click();
    await expect(text.getByTestId("form-success")).toHaveText("Проект приказа сохранён.");
    await expect(paper(page).getByRole("heading", { level: 2 })).toHaveText(EDITED_HEADING);

    // A second correction right after the first, without reloading the page.
    const again = "Об утверждении программы наставничества на 2025/2026 учебный год";
    await field(page, HEADING_LABEL).fill(again);
    await page.getByRole("button", { name: "Сохранить проект" }).click();
    // Today the stale version in the form makes this «Проект уже изменил кто-то другой…» (see the report).
    await expect(paper(page).getByRole("heading", { level: 2 })).toHaveText(again, { timeout: 5_000 });
    await expect(text.getByTestId("form-success")).toHaveText("Проект приказа сохранён.");
    await page.reload();
    await expect(field(page, HEADING_LABEL)).toHaveValue(again);
  });

  test("an order cannot be dated in a coming year: the journal's numbering would stop until then", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"] });
    const { director, curator } = tenant.people;
    const orderId = await orderInReview(ownerDb, memberContext(tenant, curator), { type: "INTRODUCE_MODEL" });
    const page = await signIn(pageAs, director);
    await page.goto(`/o/${tenant.slug}/orders/${orderId}`);
    const signing = card(page, "Подписание");
    const today = schoolToday();

    await signing.getByLabel("Дата приказа").fill(addDays(today, 400));
    await signing.getByRole("button", { name: "Подписать приказ" }).click();
    await expect(signing.getByTestId("form-error"), "a date more than a year ahead is refused").toBeVisible({ timeout: 5_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Проект приказа" })).toBeVisible();

    // Today's date still takes the year's first number.
    await signing.getByLabel("Дата приказа").fill(today);
    await signing.getByRole("button", { name: "Подписать приказ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Приказ № 1" })).toBeVisible();
  });

  test("the signed order downloads as .docx, approves the roadmap's .docx, and keeps the scan of its paper original", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"] });
    const { director, curator } = tenant.people;
    const curatorCtx = memberContext(tenant, curator);
    const directorCtx = memberContext(tenant, director);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    await setNumbering(ownerDb, directorCtx, "{n}/од");
    const today = schoolToday();
    const { orderId, number } = await signedOrder(ownerDb, { drafter: curatorCtx, director: directorCtx }, { type: "APPROVE_PROGRAMME", programmeId, signedOn: today });
    expect(number).toBe("1/од");
    const page = await signIn(pageAs, curator);
    const orderUrl = `/o/${tenant.slug}/orders/${orderId}`;
    await page.goto(orderUrl);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать .docx" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Приказ № 1.од\.docx$/);
    const text = await docxText(await downloadedBytes(download));
    expect(text).toContain("ПРИКАЗ");
    expect(text).toContain("№ 1/од");
    expect(text).toContain(russianDate(today));
    expect(text).toContain(DRAFT_HEADING);
    expect(text).toContain("ПРИКАЗЫВАЮ:");
    expect(text).toContain("ЛИСТ ОЗНАКОМЛЕНИЯ");
    expect(text).toContain(`с приказом от ${russianDate(today)} № 1/од «${DRAFT_HEADING}»`);
    expect(text).not.toContain("ПРОЕКТ");
    // It carries what it approves: the programme and the roadmap, each marked as its appendix.
    for (const appendix of ["Приложение 1", "Приложение 2"]) expect(text).toContain(`${appendix}\nк приказу от ${russianDate(today)} № 1/од`);
    expect(text).toContain("ПРОГРАММА НАСТАВНИЧЕСТВА");

    // The roadmap now prints approved by this order.
    const roadmap = await fetchDocxText(page.request, `/o/${tenant.slug}/programmes/${programmeId}/export/docx`);
    expect(roadmap).toContain("УТВЕРЖДЕНО");
    expect(roadmap).toContain(`приказом директора от ${russianDate(today)} № 1/од`);
    expect(roadmap).not.toContain("УТВЕРЖДАЮ");

    // The scan: nothing chosen, a wrong type, then the PDF.
    const scanCard = card(page, "Скан подписанного приказа");
    await expect(scanCard).toContainText("Скан не приложен.");
    await scanCard.getByRole("button", { name: "Загрузить" }).click();
    await expect(scanCard.getByRole("alert")).toHaveText("Выберите файл скана.");
    await scanCard.getByLabel(/Приложить скан/).setInputFiles({ name: "prikaz.txt", mimeType: "text/plain", buffer: Buffer.from("не скан") });
    await scanCard.getByRole("button", { name: "Загрузить" }).click();
    await expect(scanCard.getByRole("alert")).toHaveText("Подойдёт PDF, JPEG или PNG.");
    await expect(scanCard).toContainText("Скан не приложен.");

    const pdf = onePagePdf(`Prikaz 1/od ${tenant.slug}`);
    await scanCard.getByLabel(/Приложить скан/).setInputFiles({ name: "Приказ 1-од.pdf", mimeType: "application/pdf", buffer: pdf });
    await scanCard.getByRole("button", { name: "Загрузить" }).click();
    await expect(scanCard.getByRole("status")).toHaveText("Скан приложен.");
    await expect(scanCard.getByLabel(/Заменить скан/)).toBeVisible();
    const [scan] = await Promise.all([page.waitForEvent("download"), scanCard.getByRole("link", { name: "Приказ 1-од.pdf" }).click()]);
    expect(scan.suggestedFilename()).toBe("Приказ 1-од.pdf");
    expect((await downloadedBytes(scan)).equals(pdf)).toBe(true);
    const response = await page.request.get(`${orderUrl}/scan`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).equals(pdf)).toBe(true);
  });

  test("a mentor is refused the journal (403); another organisation's director finds no such order (404)", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"], mentor: ["MENTOR"] });
    const other = await freshTenant({ director: ["DIRECTOR"] });
    const curatorCtx = memberContext(tenant, tenant.people.curator);
    const directorCtx = memberContext(tenant, tenant.people.director);
    const programmeId = await createProgrammeFor(ownerDb, curatorCtx, { academicYear: YEAR });
    const { orderId } = await signedOrder(ownerDb, { drafter: curatorCtx, director: directorCtx }, { type: "APPROVE_PROGRAMME", programmeId });
    const orderPath = `/o/${tenant.slug}/orders/${orderId}`;

    const mentor = await signIn(pageAs, tenant.people.mentor);
    for (const url of [`/o/${tenant.slug}/orders`, `/o/${tenant.slug}/orders/new`, orderPath]) {
      expect(await statusOf(mentor, url), url).toBe(403);
      await expect(mentor.getByRole("heading", { name: "Недостаточно прав" })).toBeVisible();
    }
    await mentor.goto(`/o/${tenant.slug}`);
    await expect(mentor.getByTestId("main-nav").getByRole("link", { name: "Программы и дорожные карты" })).toBeVisible();
    await expect(mentor.getByTestId("main-nav").getByRole("link", { name: "Приказы" })).toHaveCount(0);
    expect((await mentor.request.get(`${orderPath}/docx`)).status(), "order .docx for a mentor").toBe(403);

    const stranger = await signIn(pageAs, other.people.director);
    for (const url of [orderPath, `/o/${other.slug}/orders/${orderId}`]) {
      expect(await statusOf(stranger, url), url).toBe(404);
      await expect(stranger.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
      await expect(stranger.getByText(DRAFT_HEADING)).toHaveCount(0);
    }
    for (const url of [`${orderPath}/docx`, `/o/${other.slug}/orders/${orderId}/docx`, `/o/${other.slug}/orders/${orderId}/scan`]) {
      const response = await stranger.request.get(url);
      expect(response.status(), url).toBe(404);
      expect(response.headers()["content-type"], url).not.toBe(DOCX_CONTENT_TYPE);
    }
  });
});
