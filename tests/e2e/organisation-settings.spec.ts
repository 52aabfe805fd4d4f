import { expect, test, field } from "./support/fixtures";
import { auditExportRows } from "./support/xlsx";

const FOUNDER = "Управление образования администрации Берёзовского муниципального округа";

test("director changes the organisation's time zone and its letterhead's founder on /settings", async ({ pageAs, freshTenant }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"] });
  const { director } = tenant.people;
  const page = await pageAs(director.email, { password: director.password });
  await page.goto(`/o/${tenant.slug}/settings`);
  const zone = field(page, "Часовой пояс");
  await expect(zone).toHaveValue("Europe/Samara");
  await zone.selectOption({ label: "Екатеринбург (МСК+2)" });
  // «Сайт» stays blank on purpose: a blank optional field must not block the form.
  await expect(field(page, "Сайт")).toHaveValue("");
  await field(page, "Учредитель / вышестоящий орган").fill(FOUNDER);
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Сведения об организации сохранены.");

  await page.reload();
  await expect(field(page, "Часовой пояс")).toHaveValue("Asia/Yekaterinburg");
  await expect(field(page, "Сайт")).toHaveValue("");
  await expect(field(page, "Учредитель / вышестоящий орган")).toHaveValue(FOUNDER);
  const journal = await auditExportRows(page.request, tenant.slug, { action: "organisation.updated" });
  expect(journal).toHaveLength(2);
  expect(journal[1]?.[4]).toContain("Asia/Yekaterinburg");
});
