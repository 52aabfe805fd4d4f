import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { LYCEUM, LYCEUM_DIRECTOR, PSYCHOLOGIST_EMAIL } from "./support/accounts";
import { expectNoSeriousViolations } from "./support/axe";

async function expectAccessible(page: Page, url: string, expectedStatus: number): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(expectedStatus);
  await expectNoSeriousViolations(page, url);
}

type Check = { name: string; url: string; as: string | null; status?: number };

const CHECKS: Check[] = [
  { name: "sign-in page", url: "/login", as: null },
  { name: "organisation home", url: `/o/${LYCEUM.slug}`, as: LYCEUM_DIRECTOR },
  { name: "members list", url: `/o/${LYCEUM.slug}/members`, as: LYCEUM_DIRECTOR },
  { name: "people of the school (class lists, filters, counts)", url: `/o/${LYCEUM.slug}/people`, as: LYCEUM_DIRECTOR },
  { name: "invitations", url: `/o/${LYCEUM.slug}/invitations`, as: LYCEUM_DIRECTOR },
  { name: "audit log", url: `/o/${LYCEUM.slug}/audit`, as: LYCEUM_DIRECTOR },
  { name: "profile", url: "/profile", as: LYCEUM_DIRECTOR },
  { name: "organisation switcher", url: "/organisations", as: PSYCHOLOGIST_EMAIL },
  { name: "404 page", url: "/no-such-page", as: LYCEUM_DIRECTOR, status: 404 },
];

test.describe("accessibility: no serious or critical axe violations", () => {
  for (const check of CHECKS) {
    test(`${check.name} (${check.url})`, async ({ pageAs, visitorPage }) => {
      const page = check.as ? await pageAs(check.as) : await visitorPage();
      await expectAccessible(page, check.url, check.status ?? 200);
    });
  }
});
