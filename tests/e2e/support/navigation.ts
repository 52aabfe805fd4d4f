import { expect, type Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { organisationNavigation } from "@/lib/access/navigation";

const DIRECTOR_ONLY = ["Приглашения", "Журнал действий", "Сведения об организации"];
const STAFF_PAGES = ["Люди", "Партнёры", "Участники", "Мой класс"];

/**
 * What a role's menu must and must not hold, written out by hand from the rules rather
 * than computed by the code under test: new areas may add items to a menu, but never
 * these leaks.
 */
const MENU_RULES: Record<OrganisationRole, { include: string[]; exclude: string[] }> = {
  DIRECTOR: { include: ["Главная", "Участники", ...DIRECTOR_ONLY], exclude: ["Мой класс", "Мои дети"] },
  CURATOR: { include: ["Главная", "Участники"], exclude: [...DIRECTOR_ONLY, "Мой класс", "Мои дети"] },
  CLASS_TEACHER: { include: ["Главная", "Мой класс"], exclude: [...DIRECTOR_ONLY, "Участники", "Мои дети"] },
  PSYCHOLOGIST: { include: ["Главная", "Участники"], exclude: [...DIRECTOR_ONLY, "Мой класс", "Мои дети"] },
  METHODIST: { include: ["Главная", "Участники"], exclude: [...DIRECTOR_ONLY, "Мой класс", "Мои дети"] },
  MENTOR: { include: ["Главная"], exclude: [...DIRECTOR_ONLY, ...STAFF_PAGES, "Мои дети"] },
  MENTEE: { include: ["Главная"], exclude: [...DIRECTOR_ONLY, ...STAFF_PAGES, "Мои дети"] },
  PARENT: { include: ["Главная", "Мои дети"], exclude: [...DIRECTOR_ONLY, ...STAFF_PAGES] },
};

export function navigationLinks(page: Page) {
  return page.getByTestId("main-nav").getByRole("link");
}

/**
 * The organisation menu on the page is exactly what the navigation rule
 * (lib/access/navigation.ts) gives a member with one role — labels, order and targets —
 * and holds every item the role must see and none it must not.
 */
export async function expectRoleNavigation(page: Page, slug: string, role: OrganisationRole): Promise<void> {
  const expected = organisationNavigation(slug, [role]);
  const labels = expected.map((item) => item.label);
  const links = navigationLinks(page);
  await expect(links).toHaveText(labels);
  expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href")))).toEqual(
    expected.map((item) => item.href),
  );
  const rules = MENU_RULES[role];
  expect(labels.filter((label) => rules.include.includes(label)), `${role} must see`).toEqual(rules.include);
  expect(labels.filter((label) => rules.exclude.includes(label)), `${role} must not see`).toEqual([]);
}

/** A menu outside organisations (authority, administration, personal pages). */
export async function expectNavigation(page: Page, labels: string[]): Promise<void> {
  await expect(navigationLinks(page)).toHaveText(labels);
}
