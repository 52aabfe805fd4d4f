import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNavigation, expectRoleNavigation } from "./support/navigation";
import { submitLoginForm } from "./support/auth";
import { expectNoSeriousViolations } from "./support/axe";
import {
  ADMIN_EMAIL,
  AUTHORITY_SLUG,
  DEMO_PASSWORD,
  DEMO_ROLES,
  DEMO_ROLE_KEYS,
  LYCEUM,
  OZERNY,
  PSYCHOLOGIST_EMAIL,
  STEPNOE,
  SUPERVISOR_EMAIL,
  demoEmail,
} from "./support/accounts";
import { uniqueSuffix } from "./support/database";

const WRONG_CREDENTIALS = "Неверный адрес электронной почты или пароль.";
const LOCKED = "Слишком много неудачных попыток. Вход временно заблокирован на 15 минут.";

/** The role line of the organisation home («Ваша роль»), per lib/access/roles.ts. */
const ROLE_LINE = {
  director: "Руководитель",
  curator: "Куратор",
  teacher: "Классный руководитель",
  mentor: "Наставник",
  mentee: "Наставляемый",
  parent: "Родитель (законный представитель)",
} as const;

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await submitLoginForm(page, email, password);
}

test.describe("sign-in form: each role lands on its home with exactly its navigation", () => {
  for (const role of DEMO_ROLE_KEYS) {
    test(`lyceum ${role} lands on the lyceum home and sees only the ${role} menu`, async ({ visitorPage }) => {
      const page = await visitorPage();
      await signInThroughForm(page, demoEmail("lyceum", role), DEMO_PASSWORD);
      await page.waitForURL(`/o/${LYCEUM.slug}`);
      await expect(page.getByTestId("place-name")).toHaveText(LYCEUM.shortName);
      await expect(page.getByTestId("my-roles")).toHaveText(ROLE_LINE[role]);
      await expectRoleNavigation(page, LYCEUM.slug, DEMO_ROLES[role]);
    });
  }

  test("municipal supervisor lands on the authority page listing its three organisations", async ({ visitorPage }) => {
    const page = await visitorPage();
    await signInThroughForm(page, SUPERVISOR_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(`/a/${AUTHORITY_SLUG}`);
    await expectNavigation(page, ["Организации"]);
    await expect(page.getByRole("heading", { name: "Подведомственные организации" })).toBeVisible();
    const schools = page.getByTestId("authority-schools").locator("tbody tr").getByRole("link");
    await expect(schools).toHaveText([LYCEUM.shortName, OZERNY.shortName, STEPNOE.shortName].sort((a, b) => a.localeCompare(b, "ru")));
  });

  test("platform administrator lands on /admin", async ({ visitorPage }) => {
    const page = await visitorPage();
    await signInThroughForm(page, ADMIN_EMAIL, DEMO_PASSWORD);
    await page.waitForURL("/admin");
    await expectNavigation(page, ["Организации"]);
    await expect(page.getByRole("heading", { name: "Органы управления и организации" })).toBeVisible();
  });

  test("psychologist of two schools lands on /organisations and switches between both schools", async ({ visitorPage }) => {
    const page = await visitorPage();
    await signInThroughForm(page, PSYCHOLOGIST_EMAIL, DEMO_PASSWORD);
    await page.waitForURL("/organisations");
    const places = page.getByRole("main").getByRole("link");
    await expect(places).toHaveCount(2);

    await places.filter({ hasText: STEPNOE.shortName }).click();
    await page.waitForURL(`/o/${STEPNOE.slug}`);
    await expect(page.getByTestId("place-name")).toHaveText(STEPNOE.shortName);
    await expectRoleNavigation(page, STEPNOE.slug, "PSYCHOLOGIST");

    await page.getByRole("link", { name: "Сменить" }).click();
    await page.waitForURL("/organisations");
    await places.filter({ hasText: OZERNY.shortName }).click();
    await page.waitForURL(`/o/${OZERNY.slug}`);
    await expect(page.getByTestId("place-name")).toHaveText(OZERNY.shortName);
    await expectRoleNavigation(page, OZERNY.slug, "PSYCHOLOGIST");
  });
});

test.describe("sign-in refusals", () => {
  test("a wrong password and an unknown e-mail get the very same Russian message", async ({ visitorPage, freshTenant }) => {
    const { people } = await freshTenant({ member: ["MENTOR"] });
    const page = await visitorPage();
    const error = page.getByTestId("login-error");

    await signInThroughForm(page, people.member.email, "Not-the-password-1");
    await expect(error).toHaveText(WRONG_CREDENTIALS);
    await expect(page).toHaveURL(/\/login$/);

    await signInThroughForm(page, `nobody.${uniqueSuffix()}@e2e.tandem.test`, "Not-the-password-1");
    await expect(error).toHaveText(WRONG_CREDENTIALS);
    await expect(page).toHaveURL(/\/login$/);
  });

  test("after 5 failures the account is locked even for the right password", async ({ visitorPage, freshTenant }) => {
    const { people } = await freshTenant({ member: ["MENTOR"] });
    const page = await visitorPage();
    const error = page.getByTestId("login-error");
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLoginForm(page, people.member.email, `Wrong-password-${attempt}`);
      await expect(error).toHaveText(WRONG_CREDENTIALS);
    }
    await submitLoginForm(page, people.member.email, people.member.password);
    await expect(error).toHaveText(LOCKED);
    await expect(page).toHaveURL(/\/login$/);
    // Still signed out: a protected page sends the visitor back to the sign-in page.
    await page.goto("/organisations");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forganisations$/);
  });
});

test.describe("sign-in return address", () => {
  // A path that starts with "/\\" is read by browsers as "//": another site.
  const FOREIGN = "/\\evil.example/phish";

  test("a same-site callbackUrl brings the user back to the page they asked for", async ({ visitorPage }) => {
    const page = await visitorPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(`/o/${LYCEUM.slug}/children`)}`);
    await submitLoginForm(page, demoEmail("lyceum", "parent"), DEMO_PASSWORD);
    await page.waitForURL(`/o/${LYCEUM.slug}/children`);
    await expect(page.getByRole("heading", { name: "Мои дети", level: 1 })).toBeVisible();
  });

  test("the sign-in page never sends the user to another site (callbackUrl=/\\host)", async ({ visitorPage, pageAs, baseURL }) => {
    const origin = new URL(baseURL ?? "http://localhost").origin;
    const page = await visitorPage();
    // Should the redirect happen, the browser must not go out to the network.
    await page.route("http://evil.example/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Чужой сайт</h1>" }));
    await page.goto(`/login?callbackUrl=${encodeURIComponent(FOREIGN)}`);
    await submitLoginForm(page, demoEmail("lyceum", "mentee"), DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== "/login");
    expect(new URL(page.url()).origin, "after signing in").toBe(origin);

    // A visitor who is already signed in is redirected by the server: same rule.
    const signedIn = await pageAs(demoEmail("lyceum", "mentee"));
    const response = await signedIn.request.get(`/login?callbackUrl=${encodeURIComponent(FOREIGN)}`, { maxRedirects: 0 });
    expect(new URL(response.headers()["location"] ?? "/", `${origin}/`).origin, "server redirect").toBe(origin);
  });
});

test.describe("sessions end on the server", () => {
  test("a copied cookie opens nothing after sign-out, while the user's other browser stays signed in", async ({ pageAs, visitorPage, freshTenant }) => {
    const { slug, people } = await freshTenant({ member: ["MENTOR"] });
    const home = `/o/${slug}`;
    const laptop = await pageAs(people.member.email, { password: people.member.password });
    const phone = await pageAs(people.member.email, { password: people.member.password });

    // Someone copies the laptop's session cookie into a browser of their own.
    const copy = await visitorPage();
    await copy.context().addCookies(await laptop.context().cookies());
    await copy.goto(home);
    await expect(copy.getByTestId("place-name")).toBeVisible();

    await laptop.goto(home);
    await laptop.getByRole("button", { name: "Выйти" }).click();
    await laptop.waitForURL(/\/login/);

    await copy.goto(home);
    await expect(copy).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(home)}$`));
    await phone.goto(home);
    await expect(phone.getByTestId("place-name")).toBeVisible();
  });

  test("while the database refuses the application, pages answer 503 in Russian, keep the cookie and recover", async ({ pageAs, freshTenant, ownerDb }) => {
    const { slug, people } = await freshTenant({ member: ["MENTOR"] });
    const home = `/o/${slug}`;
    const page = await pageAs(people.member.email, { password: people.member.password });
    await page.goto(home);
    const cookiesBefore = await page.context().cookies();

    // An outage as the application sees it: its connections are cut and new ones refused.
    await ownerDb.client.$executeRawUnsafe("ALTER ROLE tandem_app NOLOGIN");
    try {
      await ownerDb.client.$queryRawUnsafe(
        "select count(pg_terminate_backend(pid))::text from pg_stat_activity where usename = 'tandem_app' and datname = current_database()",
      );
      const response = await page.goto(home);
      expect(response?.status()).toBe(503);
      expect(response?.headers()["set-cookie"]).toBeUndefined();
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByRole("heading", { level: 1, name: "Сервис временно недоступен" })).toBeVisible();
      await expect(page.getByText("Обновите страницу через минуту")).toBeVisible();
      await expect(page.getByRole("link", { name: "Обновить страницу" })).toHaveAttribute("href", home);
      await expectNoSeriousViolations(page, "the 503 page");
      expect(await page.context().cookies()).toEqual(cookiesBefore);
    } finally {
      await ownerDb.client.$executeRawUnsafe("ALTER ROLE tandem_app LOGIN");
    }

    // The database is back: the same cookie opens the page again, no restart, no new sign-in.
    await page.getByRole("link", { name: "Обновить страницу" }).click();
    await expect(page.getByTestId("place-name")).toBeVisible();
  });
});
