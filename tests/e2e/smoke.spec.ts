import { expect, test } from "@playwright/test";

test("the sign-in page speaks Russian", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Вход в систему наставничества" })).toBeVisible();
  await expect(page.getByLabel("Электронная почта")).toBeVisible();
});
