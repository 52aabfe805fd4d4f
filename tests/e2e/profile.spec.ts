import type { Page } from "@playwright/test";
import { expect, test, field } from "./support/fixtures";
import { submitLoginForm } from "./support/auth";

function profileForm(page: Page) {
  return page.locator("form").filter({ has: page.getByRole("button", { name: "Сохранить", exact: true }) });
}

function passwordForm(page: Page) {
  return page.locator("form").filter({ has: page.getByRole("button", { name: "Сменить пароль" }) });
}

test("a member changes their name in the profile", async ({ pageAs, freshTenant }) => {
  const { people, slug } = await freshTenant({ member: ["MENTOR"] });
  const page = await pageAs(people.member.email, { password: people.member.password });
  await page.goto("/profile");
  const form = profileForm(page);
  await expect(field(form, "Фамилия")).toHaveValue(people.member.lastName);
  await field(form, "Фамилия").fill("Обновлённая");
  await field(form, "Имя").fill("Анна");
  // «Телефон» stays blank on purpose: a blank optional field must not block the form.
  await expect(field(form, "Телефон")).toHaveValue("");
  await form.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Профиль сохранён.");

  // The new name is what the organisation shows from now on.
  await page.goto(`/o/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Здравствуйте, Анна ${people.member.middleName}!`);
  await expect(page.getByRole("link", { name: "Профиль: Анна Обновлённая" })).toBeVisible();
});

test("changing the password signs every session out; only the new password signs in", async ({ pageAs, visitorPage, freshTenant }) => {
  const { people, slug } = await freshTenant({ member: ["MENTOR"] });
  const { email, password: oldPassword } = people.member;
  const newPassword = "Brand-new-e2e-password-7";

  const otherSession = await pageAs(email, { password: oldPassword });
  const page = await pageAs(email, { password: oldPassword });
  await page.goto("/profile");
  const form = passwordForm(page);

  await field(form, "Текущий пароль").fill("Not-my-password-1");
  await field(form, "Новый пароль").fill(newPassword);
  await field(form, "Новый пароль ещё раз").fill(newPassword);
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(form.getByTestId("form-error")).toHaveText("Текущий пароль введён неверно.");
  await expect(form.getByTestId("field-error")).toHaveText("Неверный пароль");
  await expect(field(form, "Текущий пароль")).toHaveAttribute("aria-invalid", "true");

  await field(form, "Текущий пароль").fill(oldPassword);
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Пароль изменён. Все сеансы завершены: войдите с новым паролем.");
  // This session is signed out and taken to the sign-in page…
  await page.waitForURL(/\/login(\?|$)/);
  // …and so is the one in the other browser, on its next request.
  await otherSession.goto(`/o/${slug}`);
  await expect(otherSession).toHaveURL(/\/login(\?|$)/);

  const login = await visitorPage();
  await login.goto("/login");
  await submitLoginForm(login, email, oldPassword);
  await expect(login.getByTestId("login-error")).toHaveText("Неверный адрес электронной почты или пароль.");
  await submitLoginForm(login, email, newPassword);
  await login.waitForURL(`/o/${slug}`);
});
