import { expect, field, statusOf, test } from "./support/fixtures";
import { expectRoleNavigation } from "./support/navigation";
import { uniqueSuffix } from "./support/database";

const fullName = (person: { lastName: string; firstName: string; middleName: string }) =>
  `${person.lastName} ${person.firstName} ${person.middleName}`;

test("director invites a curator who accepts the one-time link and lands signed in", async ({ pageAs, visitorPage, freshTenant, baseURL }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"] });
  const invitee = { lastName: "Новикова", firstName: "Полина", middleName: "Андреевна", email: `curator.${uniqueSuffix()}@e2e.tandem.test` };
  const newPassword = "Curator-e2e-password-1";

  // 1. The director's form: Russian validation first, then a valid invitation.
  const inviter = tenant.people.director;
  const director = await pageAs(inviter.email, { password: inviter.password });
  await director.goto(`/o/${tenant.slug}/invitations`);
  const form = director.getByRole("main").locator("form").filter({ has: director.getByRole("button", { name: "Создать приглашение" }) });
  await form.getByRole("button", { name: "Создать приглашение" }).click();
  const errors = form.getByTestId("field-error");
  await expect(errors.filter({ hasText: "Заполните поле «Фамилия»" })).toBeVisible();
  await expect(errors.filter({ hasText: "Заполните поле «Имя»" })).toBeVisible();
  await expect(errors.filter({ hasText: "Выберите хотя бы одну роль" })).toBeVisible();
  await expect(field(form, "Фамилия")).toHaveAttribute("aria-invalid", "true");

  await field(form, "Фамилия").fill(invitee.lastName);
  await field(form, "Имя").fill(invitee.firstName);
  await field(form, "Отчество").fill(invitee.middleName);
  await field(form, "Электронная почта").fill(invitee.email);
  await form.getByRole("checkbox", { name: "Куратор" }).check();
  await form.getByRole("button", { name: "Создать приглашение" }).click();
  await expect(form.getByTestId("form-success")).toBeVisible();
  await expect(errors).toHaveCount(0);

  const linkField = director.getByTestId("invitation-link");
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL ?? ""}/invite/[A-Za-z0-9_-]{20,}$`));
  const link = await linkField.inputValue();

  // 2. The invitee, in a browser of their own, accepts and lands in the organisation.
  const newcomer = await visitorPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: `Приглашение в «${tenant.shortName}»` })).toBeVisible();
  await expect(newcomer.getByText(`${invitee.email} — Куратор`)).toBeVisible();
  await expect(field(newcomer, "Фамилия")).toHaveValue(invitee.lastName);
  await expect(field(newcomer, "Имя")).toHaveValue(invitee.firstName);
  await field(newcomer, "Придумайте пароль").fill(newPassword);
  await field(newcomer, "Пароль ещё раз").fill(newPassword);
  await newcomer.getByRole("button", { name: "Принять приглашение" }).click();
  await newcomer.waitForURL(`/o/${tenant.slug}`);
  await expect(newcomer.getByTestId("my-roles")).toHaveText("Куратор");
  await expectRoleNavigation(newcomer, tenant.slug, "CURATOR");

  // 3. The link is single-use, for a signed-in and a signed-out visitor alike.
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "Ссылка не действует" })).toBeVisible();
  const stranger = await visitorPage();
  await stranger.goto(link);
  await expect(stranger.getByRole("heading", { name: "Ссылка не действует" })).toBeVisible();
  await expect(field(stranger, "Придумайте пароль")).toHaveCount(0);

  // 4. The director sees it accepted, and the journal has both events.
  await director.reload();
  const row = director.getByRole("listitem").filter({ hasText: invitee.email });
  await expect(row).toContainText(fullName(invitee));
  await expect(row).toContainText("Принято");
  await expect(row.getByRole("button", { name: "Отозвать" })).toHaveCount(0);

  expect(await statusOf(director, `/o/${tenant.slug}/audit?q=${encodeURIComponent(invitee.email)}`)).toBe(200);
  const events = director.getByTestId("audit-table").locator("tbody tr");
  await expect(events.filter({ hasText: "Приглашение создано" })).toContainText(fullName(inviter));
  await expect(events.filter({ hasText: "Приглашение принято" })).toContainText(fullName(invitee));
});
