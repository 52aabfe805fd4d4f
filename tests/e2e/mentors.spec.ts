import { expect, field, test } from "./support/fixtures";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";
import { asMember, createProgrammeFor, memberContext } from "./support/programmes";
import { currentAcademicYear } from "@/lib/authorities/progress";
import { createPerson } from "@/lib/people/service";

test("a curator keeps the base of mentors on a phone: an external mentor with an expired certificate is told why they cannot work with minors", async ({ pageAs, freshTenant, ownerDb }) => {
  const tenant = await freshTenant({ curator: ["CURATOR"] });
  const ctx = memberContext(tenant, tenant.people.curator);
  const programmeId = await createProgrammeFor(ownerDb, ctx, { academicYear: currentAcademicYear() });
  await asMember(ownerDb, ctx, (tx) => createPerson(tx, ctx, { lastName: "Инженеров", firstName: "Пётр", category: "EMPLOYER_REPRESENTATIVE", position: "Инженер-технолог" }));
  const page = await pageAs(tenant.people.curator.email, { password: tenant.people.curator.password, context: PHONE });
  await page.goto(`/o/${tenant.slug}/programmes/${programmeId}`);
  await page.getByRole("link", { name: "База наставников" }).click();
  await field(page, "ФИО педагога, выпускника, родителя, представителя партнёра").fill("инженеров");
  await page.getByRole("button", { name: "Найти" }).click();
  await page.getByRole("button", { name: "В базу наставников: Инженеров Пётр" }).click();
  await expect(page.getByTestId("mentor-table")).toContainText("Справка об отсутствии судимости: нет в базе");

  await page.getByTestId("mentor-table").getByRole("link", { name: "Инженеров Пётр" }).click();
  const document = page.getByRole("form", { name: "Документ наставника" });
  await field(document, "Выдан").fill("2024-01-10");
  await field(document, "Действителен до").fill("2025-01-10");
  await document.getByRole("button", { name: "Записать документ" }).click();
  await expect(page.getByTestId("document-problems")).toContainText("Справка об отсутствии судимости: срок действия истёк 10.01.2025");
  await expect(page.getByTestId("document-problems")).toContainText("Медицинская книжка (справка): нет в базе");

  const training = page.getByRole("form", { name: "Обучение наставника" });
  await field(training, "Курс, программа обучения").fill("Школа наставников");
  await field(training, "Часов").fill("72");
  await training.getByRole("button", { name: "Записать обучение" }).click();
  await expect(page.getByTestId("mentor-trainings")).toContainText("Школа наставников, 72 ч.");
  await expectNoHorizontalOverflow(page);
});
