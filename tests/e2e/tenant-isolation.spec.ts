import type { Page } from "@playwright/test";
import { expect, statusOf, test } from "./support/fixtures";
import { LYCEUM, LYCEUM_DIRECTOR, LYCEUM_MENTOR, STEPNOE, STEPNOE_DIRECTOR, demoEmail, demoFullName } from "./support/accounts";
import { membershipIdOf } from "./support/database";
import { auditExportRows } from "./support/xlsx";

const DENIED_LABEL = "Отказ в доступе к чужой организации";

async function expectNotFoundPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  await expect(page.getByText("Такой страницы нет, или у вас нет к ней доступа.")).toBeVisible();
}

test.describe("cross-tenant pages answer 404", () => {
  test("a lyceum director gets 404 and the Russian 404 page on every page of stepnovskaya-sosh", async ({ pageAs, ownerDb }) => {
    const stepnoeMember = await membershipIdOf(ownerDb, STEPNOE.slug, demoEmail("stepnoe", "mentee"));
    const page = await pageAs(LYCEUM_DIRECTOR);
    const paths = ["", "/members", `/members/${stepnoeMember}`, "/invitations", "/audit", "/settings", "/children"];
    for (const path of paths) {
      const url = `/o/${STEPNOE.slug}${path}`;
      expect(await statusOf(page, url), url).toBe(404);
      await expectNotFoundPage(page);
      // Nothing of the other organisation leaks into the answer.
      await expect(page.getByText(STEPNOE.shortName)).toHaveCount(0);
    }
    const exported = await page.request.get(`/o/${STEPNOE.slug}/audit/export`);
    expect(exported.status(), "audit export of another organisation").toBe(404);
    expect(exported.headers()["content-type"]).toContain("text/plain");
  });

  test("a member id of another organisation inside the lyceum's URL is 404", async ({ pageAs, ownerDb }) => {
    const stepnoeMentee = demoEmail("stepnoe", "mentee");
    const foreignId = await membershipIdOf(ownerDb, STEPNOE.slug, stepnoeMentee);
    const page = await pageAs(LYCEUM_DIRECTOR);
    expect(await statusOf(page, `/o/${LYCEUM.slug}/members/${foreignId}`)).toBe(404);
    await expectNotFoundPage(page);
    await expect(page.getByText(stepnoeMentee)).toHaveCount(0);
    await expect(page.getByText(demoFullName(stepnoeMentee))).toHaveCount(0);
    // A malformed id is simply not found, not a server error.
    expect(await statusOf(page, `/o/${LYCEUM.slug}/members/not-a-uuid`)).toBe(404);
  });

  test("the denied attempt appears in the other organisation's journal for its director", async ({ pageAs }) => {
    const intruder = await pageAs(LYCEUM_DIRECTOR);
    expect(await statusOf(intruder, `/o/${STEPNOE.slug}/settings`)).toBe(404);

    const victim = await pageAs(STEPNOE_DIRECTOR);
    expect(await statusOf(victim, `/o/${STEPNOE.slug}/audit?action=access.denied`)).toBe(200);
    const deniedRow = victim
      .getByTestId("audit-table")
      .locator("tbody tr")
      .filter({ hasText: DENIED_LABEL })
      .filter({ hasText: demoFullName(LYCEUM_DIRECTOR) });
    await expect(deniedRow.first()).toBeVisible();
    await expect(deniedRow.first()).toContainText(LYCEUM_DIRECTOR);

    // The export says the same, with nobody else's attempts mixed in.
    const rows = await auditExportRows(victim.request, STEPNOE.slug, { action: "access.denied", q: LYCEUM_DIRECTOR });
    const denied = rows.slice(1);
    expect(denied.length).toBeGreaterThan(0);
    for (const [, action, actor, email] of denied) {
      expect([action, actor, email]).toEqual([DENIED_LABEL, demoFullName(LYCEUM_DIRECTOR), LYCEUM_DIRECTOR]);
    }
  });
});

test.describe("role pages", () => {
  test("a mentor gets 403 «Недостаточно прав» on the director's pages", async ({ pageAs }) => {
    const page = await pageAs(LYCEUM_MENTOR);
    for (const path of ["/members", "/invitations", "/audit", "/settings"]) {
      const url = `/o/${LYCEUM.slug}${path}`;
      expect(await statusOf(page, url), url).toBe(403);
      await expect(page.getByRole("heading", { name: "Недостаточно прав" })).toBeVisible();
    }
    const exported = await page.request.get(`/o/${LYCEUM.slug}/audit/export`);
    expect(exported.status(), "audit export for a mentor").toBe(403);
  });

  test("a signed-out visitor opening an organisation is sent to /login", async ({ visitorPage }) => {
    const page = await visitorPage();
    await page.goto(`/o/${LYCEUM.slug}`);
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByRole("heading", { name: "Вход в систему наставничества" })).toBeVisible();
    await expect(page.getByText(LYCEUM.shortName)).toHaveCount(0);
    const exported = await page.request.get(`/o/${LYCEUM.slug}/audit/export`);
    expect(exported.status(), "audit export for a visitor").toBe(401);
  });
});
