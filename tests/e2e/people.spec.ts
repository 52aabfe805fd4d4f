import { expect, field, test } from "./support/fixtures";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";
import { expectNoSeriousViolations } from "./support/axe";

test("a curator keeps the school's people on a phone: a pupil, their parent, special needs, and no duplicate", async ({ pageAs, freshTenant }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"] });
  const { curator } = tenant.people;
  const page = await pageAs(curator.email, { password: curator.password, context: PHONE });

  await page.goto(`/o/${tenant.slug}/people`);
  await expect(page.getByRole("heading", { name: "Люди" })).toBeVisible();
  // The members are people already: the director and the curator, as staff.
  await expect(page.getByTestId("people-counts")).toContainText("Педагог: 2");
  await expectNoHorizontalOverflow(page);

  await page.getByRole("link", { name: "Добавить человека" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Добавить" }) });
  await field(form, "Фамилия").fill("Ёлкин");
  await field(form, "Имя").fill("Артём");
  await field(form, "Дата рождения").fill("2013-03-14");
  await field(form, "Класс").fill("7 а");
  await field(form, "Телефон").fill("8 (912) 345-67-89");
  await form.getByRole("button", { name: "Добавить" }).click();

  await expect(page.getByRole("heading", { name: "Ёлкин Артём" })).toBeVisible();
  const facts = page.getByTestId("person-facts");
  await expect(facts).toContainText("7А");
  await expect(facts).toContainText("+7 912 345-67-89");
  await expect(facts).toContainText("14.03.2013");
  await expect(facts).toContainText("несовершеннолетний");
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousViolations(page, "a person's card");

  const parentForm = page.getByRole("form", { name: "Добавить родителя" });
  await field(parentForm, "Фамилия родителя").fill("Ёлкина");
  await field(parentForm, "Имя").fill("Ирина");
  await field(parentForm, "Кем приходится").fill("мать");
  await parentForm.getByRole("button", { name: "Добавить родителя" }).click();
  await expect(parentForm.getByTestId("form-success")).toHaveText("Родитель (законный представитель) указан.");
  await page.reload();
  await expect(page.getByRole("link", { name: "Ёлкина Ирина" })).toBeVisible();

  const support = page.locator("form").filter({ has: page.getByRole("checkbox", { name: "ОВЗ" }) });
  await support.getByRole("checkbox", { name: "ОВЗ" }).check();
  await support.getByRole("button", { name: "Сохранить" }).click();
  await expect(support.getByTestId("form-success")).toHaveText("Особые образовательные потребности сохранены.");
  await page.reload();
  await expect(page.getByTestId("person-needs")).toHaveText("ОВЗ");

  await page.goto(`/o/${tenant.slug}/people?className=7А&need=DISABILITY`);
  await expect(page.getByTestId("people-table").getByRole("link", { name: "Ёлкин Артём" })).toBeVisible();

  // The same pupil typed again, with «е» for «ё» and another case: the form says who is there already.
  await page.goto(`/o/${tenant.slug}/people/new`);
  await field(form, "Фамилия").fill("елкин");
  await field(form, "Имя").fill("артём");
  await field(form, "Дата рождения").fill("2013-03-14");
  await form.getByRole("button", { name: "Добавить" }).click();
  await expect(form.getByTestId("form-error")).toContainText("уже есть в списке людей");
});
