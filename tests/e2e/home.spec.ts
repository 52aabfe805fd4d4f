import type { Page } from "@playwright/test";
import { expect, statusOf, test } from "./support/fixtures";
import { DEMO_ROLE_KEYS, LYCEUM, demoEmail, demoFullName, type DemoRoleKey } from "./support/accounts";
import { expectNoSeriousViolations } from "./support/axe";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";
import { currentAcademicYear } from "./support/dates";

/**
 * Issue 8, «today» per role: each demo login of the lyceum opens on what it can do now, from the
 * demo seed (prisma/demo/: this year's programme approved by order «1/од», mentors to appoint
 * waiting for the director's signature, pairs on the approval sheet of the curator and the class
 * teacher, overdue and this week's activities). Read-only: nothing here changes the demo.
 */

const card = (page: Page, id: string) => page.getByTestId(id);
const LAST_YEAR = currentAcademicYear() - 1;

const TODAY: Record<DemoRoleKey, (page: Page) => Promise<void>> = {
  director: async (page) => {
    await expect(card(page, "home-to-sign-count")).toHaveText("1 приказ");
    await expect(card(page, "home-to-sign")).toContainText("О назначении наставников");
    await expect(card(page, "home-to-sign")).toContainText("согласован всеми, ждёт подписи");
    await expect(card(page, "home-to-agree")).toContainText("Согласовать сейчас нечего.");
    await expect(card(page, "home-programme")).toContainText("утверждена");
    await expect(card(page, "home-programme")).toContainText("Утверждена приказом № 1/од");
    await expect(card(page, "home-overdue-count")).toHaveText("2");
  },
  curator: async (page) => {
    await expect(card(page, "home-to-agree")).toContainText("О закреплении наставнических пар/групп");
    await expect(card(page, "home-to-sign")).toHaveCount(0);
    await expect(card(page, "home-overdue-count")).toHaveText("2");
    await expect(card(page, "home-overdue").getByRole("listitem")).toHaveCount(2);
    await expect(card(page, "home-this-week").getByRole("listitem").filter({ hasText: "срок на этой неделе" })).not.toHaveCount(0);
    // Only this year's programme: last year's, completed, brings no red badges.
    await expect(card(page, "home-deadlines")).not.toContainText(`${LAST_YEAR}/`);
  },
  teacher: async (page) => {
    await expect(card(page, "home-to-agree")).toContainText("О закреплении наставнических пар/групп");
    await expect(card(page, "home-my-tasks")).toContainText("Сбор согласий родителей (законных представителей)");
    await expect(card(page, "home-documents")).toContainText("№ 1/од");
  },
  mentor: async (page) => {
    const tasks = card(page, "home-my-tasks");
    await expect(tasks).toContainText("Ежемесячный отчёт наставника куратору");
    await expect(tasks).toContainText("отмечают выполненными куратор и руководитель");
    await expect(card(page, "home-to-agree")).toHaveCount(0);
    await expect(card(page, "home-documents")).toHaveCount(0);
  },
  mentee: async (page) => {
    await expect(card(page, "home-contact")).toContainText(demoFullName(demoEmail("lyceum", "curator")));
    await expect(card(page, "home-my-tasks")).toHaveCount(0);
  },
  parent: async (page) => {
    await expect(card(page, "home-children")).toContainText(demoFullName(demoEmail("lyceum", "mentee")));
    await expect(card(page, "home-contact")).toContainText(demoFullName(demoEmail("lyceum", "curator")));
  },
};

test("every demo role of the lyceum opens on its «today», on a 360-px phone, with no serious axe violation", async ({ pageAs }) => {
  test.setTimeout(120_000);
  for (const role of DEMO_ROLE_KEYS) {
    await test.step(role, async () => {
      const page = await pageAs(demoEmail("lyceum", role), { context: PHONE });
      expect(await statusOf(page, `/o/${LYCEUM.slug}`)).toBe(200);
      await TODAY[role](page);
      await expectNoHorizontalOverflow(page);
      await expectNoSeriousViolations(page, `the ${role}'s home`);
    });
  }
});

test("a mentor works on the mentors' activity but only reads a school-wide one", async ({ pageAs }) => {
  const page = await pageAs(demoEmail("lyceum", "mentor"));
  expect(await statusOf(page, `/o/${LYCEUM.slug}`)).toBe(200);
  await card(page, "home-my-tasks").getByRole("link", { name: "Ежемесячный отчёт наставника куратору" }).click();
  await expect(page.getByRole("button", { name: "Сохранить статус" })).toBeVisible();
  await page.getByRole("link", { name: /^← / }).click();
  await page.getByRole("link", { name: /Изучение Распоряжения Министерства просвещения/ }).first().click();
  await expect(page.getByRole("button", { name: "Сохранить статус" })).toHaveCount(0);
  await expect(page.getByTestId("status-refusal")).toHaveText("Отмечать выполнение может ответственный за мероприятие, куратор или руководитель.");
});
