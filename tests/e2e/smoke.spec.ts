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

test("a phone can add the site to its home screen: the manifest and its icons open without signing in", async ({ page, request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { short_name: shortName, icons } = (await manifest.json()) as { short_name: string; icons: { src: string; sizes: string }[] };
  expect(shortName).toBe("Тандем");
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const src of [...icons.map((icon) => icon.src), "/apple-touch-icon.png"]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"], src).toMatch(/^image\//);
  }
  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
});
