import type { Locator, Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { expect, statusOf, test } from "./support/fixtures";
import { demoEmail, LYCEUM, LYCEUM_DIRECTOR } from "./support/accounts";
import { expectRoleNavigation, navigationLinks } from "./support/navigation";
import { createProgrammeFor, memberContext } from "./support/programmes";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";

/** Issue 8, phones: at 360 px lists are cards, the menu is a button, nothing scrolls sideways. */

const menuButton = (page: Page) => page.getByTestId("main-nav").getByRole("button", { name: /^Меню/ });

/** The «Меню» button opens every section; each can be brought into view and takes the tap. */
async function expectMenuReachesEverySection(page: Page, role: OrganisationRole): Promise<void> {
  const links = navigationLinks(page);
  await expect(links.first()).toBeHidden();
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  await expectRoleNavigation(page, LYCEUM.slug, role);
  for (const link of await links.all()) {
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
    await link.click({ trial: true });
  }
}

/** A card is as wide as the screen allows, never wider. */
async function expectWithinScreen(element: Locator): Promise<void> {
  const box = await element.boundingBox();
  expect(box, "the card is on the page").not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.viewport.width);
}

/** Follows the first link of a list to the record it names, and returns its address. */
async function openFirst(page: Page, list: Locator): Promise<string> {
  await list.getByRole("link").first().click();
  await page.waitForLoadState("domcontentloaded");
  return page.url();
}

test.describe("a 360-px phone", () => {
  test("the director's menu is one button reaching every section, and no page of the school scrolls sideways", async ({ pageAs }) => {
    const page = await pageAs(LYCEUM_DIRECTOR, { context: PHONE });
    const school = `/o/${LYCEUM.slug}`;
    expect(await statusOf(page, school)).toBe(200);
    await expectNoHorizontalOverflow(page);
    await expect(menuButton(page)).toHaveText(/Меню · Главная/);
    await expectMenuReachesEverySection(page, "DIRECTOR");
    await navigationLinks(page).filter({ hasText: "Сведения об организации" }).click();
    await page.waitForURL(`${school}/settings`);
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton(page)).toHaveText(/Меню · Сведения об организации/);
    await expectNoHorizontalOverflow(page);

    for (const path of ["/orders", "/people", "/partners", "/members", "/audit", "/programmes", "/invitations"]) {
      expect(await statusOf(page, `${school}${path}`), path).toBe(200);
      await expectNoHorizontalOverflow(page);
    }
    await page.goto(`${school}/orders`);
    const order = page.getByTestId("orders-table").locator("tbody tr").first();
    await expectWithinScreen(order);
    await openFirst(page, order);
    await expectNoHorizontalOverflow(page);

    await page.goto(`${school}/programmes`);
    await openFirst(page, page.getByRole("main").getByRole("listitem").first());
    await expectNoHorizontalOverflow(page);
    await openFirst(page, page.getByTestId("roadmap-activity").first());
    await expectNoHorizontalOverflow(page);
  });

  test("a mentor's and a parent's home fit the screen", async ({ pageAs }) => {
    for (const [role, key] of [["MENTOR", "mentor"], ["PARENT", "parent"]] as const) {
      const page = await pageAs(demoEmail("lyceum", key), { context: PHONE });
      expect(await statusOf(page, `/o/${LYCEUM.slug}`)).toBe(200);
      await expectNoHorizontalOverflow(page);
      await expectMenuReachesEverySection(page, role);
    }
  });

  test("the roadmap is a list of cards, a status is changed inside its card, the timeline goes by months", async ({ pageAs, freshTenant, ownerDb }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"] });
    const { curator } = tenant.people;
    const programmeId = await createProgrammeFor(ownerDb, memberContext(tenant, curator), { academicYear: 2025 });
    const page = await pageAs(curator.email, { password: curator.password, context: PHONE });
    const roadmap = `/o/${tenant.slug}/programmes/${programmeId}`;
    expect(await statusOf(page, roadmap)).toBe(200);
    await expectNoHorizontalOverflow(page);

    const card = page.getByTestId("roadmap-activity").nth(1);
    await expectWithinScreen(card);
    const status = card.getByLabel(/^Статус:/);
    await status.scrollIntoViewIfNeeded();
    await status.selectOption("IN_PROGRESS");
    await card.getByRole("button", { name: "OK" }).click();
    await expect(card.getByTestId("form-success")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("roadmap-activity").nth(1).getByLabel(/^Статус:/)).toHaveValue("IN_PROGRESS");

    await page.goto(`${roadmap}?edit=1`);
    await expectNoHorizontalOverflow(page);

    await page.goto(`${roadmap}?view=timeline`);
    const months = page.getByTestId("roadmap-months");
    await expect(months).toBeVisible();
    await expect(page.getByTestId("roadmap-timeline")).toBeHidden();
    await expect(months.locator(":scope > li")).toHaveCount(12);
    const october = months.locator(":scope > li").filter({ hasText: "октябрь 2025" });
    await october.locator("summary").click();
    await expect(october.getByRole("listitem").first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
