import type { Page } from "@playwright/test";
import { expect, statusOf, test } from "./support/fixtures";
import { LYCEUM, LYCEUM_DIRECTOR } from "./support/accounts";
import { expectRoleNavigation, navigationLinks } from "./support/navigation";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";

/** Every menu item can be brought into view and receives the tap (nothing covers it). */
async function expectDirectorNavigationReachable(page: Page): Promise<void> {
  await expectRoleNavigation(page, LYCEUM.slug, "DIRECTOR");
  const links = navigationLinks(page);
  for (const link of await links.all()) {
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
    await link.click({ trial: true });
  }
}

test.describe("a 360-px phone", () => {
  test("director's home fits the screen and every menu item is reachable", async ({ pageAs }) => {
    const page = await pageAs(LYCEUM_DIRECTOR, { context: PHONE });
    expect(await statusOf(page, `/o/${LYCEUM.slug}`)).toBe(200);
    await expectNoHorizontalOverflow(page);
    await expectDirectorNavigationReachable(page);
    // The director's last item, scrolled in from the right, really navigates.
    const settings = navigationLinks(page).filter({ hasText: "Сведения об организации" });
    await settings.scrollIntoViewIfNeeded();
    await settings.click();
    await page.waitForURL(`/o/${LYCEUM.slug}/settings`);
    await expectNoHorizontalOverflow(page);
  });

  test("members list fits the screen and every menu item is reachable", async ({ pageAs }) => {
    const page = await pageAs(LYCEUM_DIRECTOR, { context: PHONE });
    expect(await statusOf(page, `/o/${LYCEUM.slug}/members`)).toBe(200);
    await expect(page.getByRole("heading", { name: "Участники", level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectDirectorNavigationReachable(page);
  });
});
