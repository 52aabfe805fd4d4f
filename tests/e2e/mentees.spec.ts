import { expect, field, test } from "./support/fixtures";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";
import { expectNoSeriousViolations } from "./support/axe";
import { asMember, createProgrammeFor, memberContext } from "./support/programmes";
import { currentAcademicYear } from "@/lib/authorities/progress";
import { createPerson } from "@/lib/people/service";

test("a curator builds the mentee base on a phone: two pupils from the lists, a request for each, one in the pupil's own words", async ({ pageAs, freshTenant, ownerDb }) => {
  const tenant = await freshTenant({ curator: ["CURATOR"] });
  const ctx = memberContext(tenant, tenant.people.curator);
  const programmeId = await createProgrammeFor(ownerDb, ctx, { academicYear: currentAcademicYear() });
  // The class list is there already (loaded or typed in): two pupils of 7А, one too young to be a mentee.
  for (const [lastName, firstName, birthDate, className] of [["Ёлкин", "Артём", "2013-03-14", "7А"], ["Петрова", "Анна", "2013-11-02", "7А"], ["Малышев", "Иван", "2019-04-01", "1А"]] as const) {
    await asMember(ownerDb, ctx, (tx) => createPerson(tx, ctx, { lastName, firstName, category: "PUPIL", birthDate, className }));
  }
  const page = await pageAs(tenant.people.curator.email, { password: tenant.people.curator.password, context: PHONE });
  await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
  await page.getByRole("link", { name: "База наставляемых" }).click();
  await expect(page.getByRole("heading", { name: "База наставляемых" })).toBeVisible();

  const find = async (name: string) => {
    await field(page, "ФИО обучающегося или педагога").fill(name);
    await page.getByRole("button", { name: "Найти" }).click();
  };
  await find("Малышев");
  await page.getByRole("button", { name: "В базу: Малышев Иван" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Наставляемым обучающийся может быть с 10 лет.");

  for (const [name, button] of [["елкин", "В базу: Ёлкин Артём"], ["Петрова", "В базу: Петрова Анна"]] as const) {
    await find(name);
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByTestId("mentee-table")).toContainText(button.replace("В базу: ", ""));
  }
  await expect(page.getByTestId("mentee-counts")).toHaveText("ждёт наставника: 2");
  await expectNoHorizontalOverflow(page);

  await page.getByTestId("mentee-table").getByRole("link", { name: "Ёлкин Артём" }).click();
  const request = page.getByRole("form", { name: "Новый запрос" });
  await field(request, "Запрос").selectOption({ label: "Повышение образовательных результатов" });
  await field(request, "Откуда запрос").selectOption({ label: "родитель (законный представитель)" });
  await field(request, "Запрос своими словами").fill("Подтянуть алгебру к концу четверти");
  await request.getByRole("button", { name: "Записать запрос" }).click();
  await expect(page.getByTestId("mentee-requests")).toContainText("Подтянуть алгебру к концу четверти");
  await expect(page.getByTestId("mentee-requests")).toContainText("Откуда: родитель (законный представитель)");
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousViolations(page, "a mentee's card");

  await page.getByRole("link", { name: "База наставляемых" }).click();
  await page.getByTestId("mentee-table").getByRole("link", { name: "Петрова Анна" }).click();
  await field(request, "Запрос").selectOption({ label: "Адаптация в новом коллективе" });
  await request.getByRole("button", { name: "Записать запрос" }).click();
  await expect(page.getByTestId("mentee-requests")).toContainText("Откуда: куратор");

  await page.getByRole("link", { name: "База наставляемых" }).click();
  await expect(page.getByTestId("request-counts")).toContainText("Повышение образовательных результатов — 1");
  await expect(page.getByTestId("request-counts")).toContainText("Адаптация в новом коллективе — 1");
});
