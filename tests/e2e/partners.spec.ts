import { expect, field, test } from "./support/fixtures";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";

test("a curator records a social partner on a phone: its agreement with the signed copy, and a mentor it provides", async ({ pageAs, freshTenant }) => {
  const tenant = await freshTenant({ curator: ["CURATOR"] });
  const page = await pageAs(tenant.people.curator.email, { password: tenant.people.curator.password, context: PHONE });
  await page.goto(`/o/${tenant.slug}/partners`);
  await page.getByRole("link", { name: "Добавить партнёра" }).click();
  const form = page.getByRole("form", { name: "Новый партнёр" });
  await field(form, "Наименование").fill("ООО «Агрохолдинг Степной»");
  await field(form, "Контактное лицо").fill("Иванова Ольга Петровна");
  await field(form, "Телефон").fill("8 (846) 331-20-40");
  await form.getByRole("button", { name: "Добавить партнёра" }).click();
  await expect(page.getByRole("heading", { name: "ООО «Агрохолдинг Степной»" })).toBeVisible();

  const agreement = page.getByRole("form", { name: "Новое соглашение" });
  await field(agreement, "Номер соглашения").fill("7/2026");
  await field(agreement, "Дата подписания").fill("2026-08-25");
  await field(agreement, "Действует с").fill("2026-09-01");
  await field(agreement, "Действует по").fill("2026-08-01");
  await agreement.getByRole("button", { name: "Добавить соглашение" }).click();
  await expect(agreement.getByTestId("field-error")).toHaveText("Срок действия не может закончиться раньше, чем начался");
  await field(agreement, "Действует по").fill("");
  await agreement.getByRole("button", { name: "Добавить соглашение" }).click();
  await expect(page.getByTestId("partner-agreements")).toContainText("№ 7/2026 от 25.08.2026");
  await expect(page.getByTestId("partner-agreements")).toContainText("бессрочно");

  await page.getByLabel("Файл соглашения № 7/2026").setInputFiles({ name: "Соглашение 7.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await page.getByRole("button", { name: "Приложить файл" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Документ приложен." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Соглашение 7.pdf" })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.goto(`/o/${tenant.slug}/people/new`);
  const person = page.locator("form").filter({ has: page.getByRole("button", { name: "Добавить" }) });
  await field(person, "Категория").selectOption({ label: "Представитель работодателя" });
  await field(person, "Фамилия").fill("Агрономов");
  await field(person, "Имя").fill("Степан");
  await field(person, "Должность").fill("Главный агроном");
  await field(person, "Организация-партнёр").selectOption({ label: "ООО «Агрохолдинг Степной»" });
  await person.getByRole("button", { name: "Добавить" }).click();
  await expect(page.getByTestId("person-facts")).toContainText("ООО «Агрохолдинг Степной»");

  await page.goto(`/o/${tenant.slug}/partners`);
  await expect(page.getByTestId("partners-table")).toContainText("действует");
  await page.getByRole("link", { name: "ООО «Агрохолдинг Степной»" }).click();
  await expect(page.getByTestId("partner-people")).toContainText("Агрономов Степан, Главный агроном");
});
