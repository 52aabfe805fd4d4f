import { readFile } from "node:fs/promises";
import { expect, field, statusOf, test } from "./support/fixtures";
import { appendAuditEvents, type FreshTenant, type OwnerDatabase } from "./support/database";
import { AUDIT_EXPORT_HEADER, XLSX_CONTENT_TYPE, auditExportRows, sheetRows } from "./support/xlsx";

const ROLE_CHANGES = 57; // more than one page of 50
const REVOCATIONS = 3;

/** A journal with more than a page of «Роли изменены» among other events. */
async function fillJournal(ownerDb: OwnerDatabase, tenant: FreshTenant<"director">): Promise<void> {
  const actorUserId = tenant.people.director.userId;
  await appendAuditEvents(ownerDb, tenant.id, [
    ...Array.from({ length: ROLE_CHANGES }, (_, index) => ({
      action: "membership.roles_changed" as const,
      actorUserId,
      entityType: "membership",
      details: { email: `member${index}@e2e.tandem.test`, before: ["MENTEE"], after: ["MENTOR"] },
      ipAddress: "192.0.2.10",
    })),
    ...Array.from({ length: REVOCATIONS }, (_, index) => ({
      action: "invitation.revoked" as const,
      actorUserId,
      entityType: "invitation",
      details: { email: `revoked${index}@e2e.tandem.test` },
      ipAddress: "192.0.2.10",
    })),
  ]);
}

test("director filters the journal by action and pages through the rows", async ({ pageAs, freshTenant, ownerDb }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"] });
  await fillJournal(ownerDb, tenant);
  const { director } = tenant.people;
  const page = await pageAs(director.email, { password: director.password });
  expect(await statusOf(page, `/o/${tenant.slug}/audit`)).toBe(200);

  await field(page, "Действие").selectOption({ label: "Роли изменены" });
  await page.getByRole("button", { name: "Показать" }).click();
  await page.waitForURL(/action=membership\.roles_changed/);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  const pages = page.getByRole("navigation", { name: "Страницы" });
  await expect(pages).toContainText(`Всего: ${ROLE_CHANGES} записей · страница 1 из 2`);
  await expect(rows).toHaveCount(50);
  await expect(rows.filter({ hasNotText: "Роли изменены" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Вперёд →" }).click();
  await page.waitForURL(/page=2/);
  expect(new URL(page.url()).searchParams.get("action")).toBe("membership.roles_changed");
  await expect(pages).toContainText("страница 2 из 2");
  await expect(rows).toHaveCount(ROLE_CHANGES - 50);
  await expect(rows.filter({ hasNotText: "Роли изменены" })).toHaveCount(0);
  await expect(field(page, "Действие")).toHaveValue("membership.roles_changed");

  // «Скачать .xlsx» carries the filter and downloads a real workbook.
  const download = page.getByRole("link", { name: "Скачать .xlsx" });
  const href = await download.getAttribute("href");
  expect(href).toContain("action=membership.roles_changed");
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^Журнал действий .+\.xlsx$/);
  const downloaded = await sheetRows(await readFile(await file.path()));
  expect(downloaded[0]).toEqual(AUDIT_EXPORT_HEADER);
  expect(downloaded).toHaveLength(ROLE_CHANGES + 1);
  const response = await page.request.get(href ?? "");
  expect(response.headers()["content-type"]).toBe(XLSX_CONTENT_TYPE);
});

test("the journal export is an .xlsx workbook of the filtered rows", async ({ pageAs, freshTenant, ownerDb }) => {
  const tenant = await freshTenant({ director: ["DIRECTOR"] });
  await fillJournal(ownerDb, tenant);
  const { director } = tenant.people;
  const page = await pageAs(director.email, { password: director.password });

  const response = await page.request.get(`/o/${tenant.slug}/audit/export?action=membership.roles_changed`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(XLSX_CONTENT_TYPE);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''.+\.xlsx$/);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const rows = await sheetRows(await response.body());
  expect(rows[0]).toEqual(AUDIT_EXPORT_HEADER);
  expect(rows).toHaveLength(ROLE_CHANGES + 1);
  for (const row of rows.slice(1)) {
    expect(row[1]).toBe("Роли изменены");
    expect(row[2]).toBe(`${director.lastName} ${director.firstName} ${director.middleName}`);
    expect(row[3]).toBe(director.email);
    expect(row[6]).toBe("192.0.2.10");
  }

  // Unfiltered, it holds the other events too (the revocations among them).
  const all = await auditExportRows(page.request, tenant.slug);
  const actions = all.slice(1).map(([, action]) => action);
  expect(actions.filter((action) => action === "Приглашение отозвано")).toHaveLength(REVOCATIONS);
  expect(actions).toContain("Организация создана");
});
