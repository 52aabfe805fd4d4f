import type { Locator, Page } from "@playwright/test";
import { expect, field, test } from "./support/fixtures";
import { asMember, createProgrammeFor, memberContext } from "./support/programmes";
import { currentAcademicYear } from "@/lib/authorities/progress";
import { createPerson } from "@/lib/people/service";
import { addCandidate } from "@/lib/mentors/service";

function card(page: Page, title: string): Locator {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

test("the commission recommends two mentors, the director's signature is refused while the partner's mentor has an expired certificate, and once it is valid the order puts both in the registry", async ({ pageAs, freshTenant, ownerDb }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"], curator: ["CURATOR"] });
  const ctx = memberContext(tenant, tenant.people.curator);
  const year = currentAcademicYear();
  const programmeId = await createProgrammeFor(ownerDb, ctx, { academicYear: year });
  const ids: Record<string, string> = {};
  for (const [lastName, category] of [["Громова", "TEACHER"], ["Инженеров", "EMPLOYER_REPRESENTATIVE"]] as const) {
    ids[lastName] = await asMember(ownerDb, ctx, async (tx) => {
      const { personId } = await createPerson(tx, ctx, { lastName, firstName: "Анна", category });
      return (await addCandidate(tx, ctx, { programmeId, personId })).candidateId;
    });
  }
  const base = `/o/${tenant.slug}/programmes/${programmeId}/mentors`;
  const curator = await pageAs(tenant.people.curator.email, { password: tenant.people.curator.password });
  for (const name of ["Громова", "Инженеров"]) {
    await curator.goto(`${base}/${ids[name]}`);
    const decision = curator.getByRole("form", { name: "Решение комиссии" });
    await field(decision, "Дата заседания").fill(`${year}-09-20`);
    await field(decision, "Протокол, основание").fill("Протокол № 1");
    await decision.getByRole("button", { name: "Записать решение" }).click();
    await expect(curator.getByTestId("mentor-status")).toContainText("рекомендован комиссией");
  }
  const document = curator.getByRole("form", { name: "Документ наставника" });
  await field(document, "Выдан").fill("2024-01-10");
  await field(document, "Действителен до").fill("2025-01-10");
  await document.getByRole("button", { name: "Записать документ" }).click();
  await expect(curator.getByTestId("document-problems")).toContainText("срок действия истёк 10.01.2025");

  await curator.goto(base);
  await curator.getByRole("link", { name: "Подготовить приказ «О назначении наставников»" }).click();
  await field(curator, "Вид приказа").selectOption({ label: "О назначении наставников" });
  await field(curator, "Программа").selectOption({ index: 1 });
  await curator.getByRole("button", { name: "Создать проект" }).click();
  await curator.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  const orderUrl = new URL(curator.url()).pathname;
  await expect(curator.getByRole("article", { name: "Текст приказа" })).toContainText("Громова Анна");
  await card(curator, "Согласование").getByRole("button", { name: "Направить на согласование" }).click();
  await expect(card(curator, "Статус")).toContainText("на согласовании");

  const director = await pageAs(tenant.people.director.email, { password: tenant.people.director.password });
  await director.goto(orderUrl);
  await card(director, "Подписание").getByRole("button", { name: "Подписать приказ" }).click();
  await expect(card(director, "Подписание").getByTestId("form-error")).toContainText(
    "Инженеров А. не может работать с несовершеннолетними — Справка об отсутствии судимости: срок действия истёк 10.01.2025; Медицинская книжка (справка): нет в базе",
  );

  await curator.goto(`${base}/${ids.Инженеров}`);
  for (const [kind, issued] of [["Справка об отсутствии судимости", `${year}-10-01`], ["Медицинская книжка (справка)", `${year}-10-02`]] as const) {
    await field(document, "Документ").selectOption({ label: kind });
    await field(document, "Выдан").fill(issued);
    await field(document, "Действителен до").fill("");
    await document.getByRole("button", { name: "Записать документ" }).click();
    await expect(document.getByTestId("form-success")).toHaveText("Документ записан.");
  }
  await director.reload();
  await card(director, "Подписание").getByRole("button", { name: "Подписать приказ" }).click();
  await expect(director.getByRole("heading", { level: 1, name: /^Приказ № / })).toBeVisible();

  await curator.goto(base);
  await expect(curator.getByTestId("mentor-registry")).toContainText("Громова Анна");
  await expect(curator.getByTestId("mentor-registry")).toContainText("Инженеров Анна");
});
