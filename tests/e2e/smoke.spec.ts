import { expect, test } from "@playwright/test";

test("the sign-in page speaks Russian", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Вход в систему наставничества" })).toBeVisible();
  await expect(page.getByLabel("Электронная почта")).toBeVisible();
});

test("the benchmark's measuring pages do not exist outside the benchmark", async ({ request }) => {
  for (const path of ["/bench/hello", "/bench/statements", "/o/lyceum-17/bare"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([404, 307], path).toContain(response.status());
  }
  expect((await request.get("/bench/statements")).status()).toBe(404);
});
