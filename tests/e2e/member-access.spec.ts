import { expect, field, statusOf, test } from "./support/fixtures";
import { expectRoleNavigation } from "./support/navigation";

test.describe("roles and disabling take effect on the member's next request", () => {
  test("removing a member's curator role hides «Участники» and closes /members at once", async ({ pageAs, freshTenant }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], member: ["CURATOR"] });
    const { director, member } = tenant.people;

    const memberPage = await pageAs(member.email, { password: member.password });
    await memberPage.goto(`/o/${tenant.slug}`);
    await expectRoleNavigation(memberPage, tenant.slug, "CURATOR");

    const directorPage = await pageAs(director.email, { password: director.password });
    expect(await statusOf(directorPage, `/o/${tenant.slug}/members/${member.membershipId}`)).toBe(200);
    const rolesForm = directorPage.locator("form").filter({ has: directorPage.getByRole("button", { name: "Сохранить роли" }) });
    await expect(rolesForm.getByRole("checkbox", { name: "Куратор" })).toBeChecked();
    await rolesForm.getByRole("checkbox", { name: "Куратор" }).uncheck();
    await rolesForm.getByRole("checkbox", { name: "Наставник" }).check();
    // «Класс» stays blank on purpose: a blank optional field must not block the form.
    await expect(field(rolesForm, "Класс (для наставляемого ученика)")).toHaveValue("");
    await rolesForm.getByRole("button", { name: "Сохранить роли" }).click();
    await expect(rolesForm.getByTestId("form-success")).toHaveText("Роли сохранены.");

    // Same session, no sign-out: the very next page load already follows the new roles.
    await memberPage.reload();
    await expect(memberPage.getByTestId("my-roles")).toHaveText("Наставник");
    await expectRoleNavigation(memberPage, tenant.slug, "MENTOR");
    expect(await statusOf(memberPage, `/o/${tenant.slug}/members`)).toBe(403);
    await expect(memberPage.getByRole("heading", { name: "Недостаточно прав" })).toBeVisible();
  });

  test("a member must keep at least one role", async ({ pageAs, freshTenant }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], member: ["CURATOR"] });
    const { director, member } = tenant.people;
    const directorPage = await pageAs(director.email, { password: director.password });
    await directorPage.goto(`/o/${tenant.slug}/members/${member.membershipId}`);
    const rolesForm = directorPage.locator("form").filter({ has: directorPage.getByRole("button", { name: "Сохранить роли" }) });
    await rolesForm.getByRole("checkbox", { name: "Куратор" }).uncheck();
    await rolesForm.getByRole("button", { name: "Сохранить роли" }).click();
    await expect(rolesForm.getByTestId("field-error").filter({ hasText: "Оставьте хотя бы одну роль или отключите участника" })).toBeVisible();
    await directorPage.reload();
    await expect(rolesForm.getByRole("checkbox", { name: "Куратор" })).toBeChecked();
  });

  test("a disabled member's next request to the organisation is 404", async ({ pageAs, freshTenant }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"], member: ["CURATOR"] });
    const { director, member } = tenant.people;

    const memberPage = await pageAs(member.email, { password: member.password });
    expect(await statusOf(memberPage, `/o/${tenant.slug}`)).toBe(200);

    const directorPage = await pageAs(director.email, { password: director.password });
    await directorPage.goto(`/o/${tenant.slug}/members/${member.membershipId}`);
    await directorPage.getByRole("button", { name: "Отключить участника" }).click();
    await expect(directorPage.getByTestId("form-success")).toHaveText("Участник отключён: его доступ закрыт со следующего запроса.");
    await directorPage.reload();
    await expect(directorPage.getByText("отключён", { exact: true })).toBeVisible();
    await expect(directorPage.getByRole("button", { name: "Восстановить доступ" })).toBeVisible();

    expect(await statusOf(memberPage, `/o/${tenant.slug}`)).toBe(404);
    await expect(memberPage.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
    // The organisation is gone from the member's places too.
    await memberPage.goto("/");
    await memberPage.waitForURL("/organisations");
    await expect(memberPage.getByText("У вас пока нет доступа ни к одной организации.")).toBeVisible();
  });
});
