import { defineConfig } from "@playwright/test";
import { browserForTests } from "./tests/e2e/support/chromium";

// Run through `npm run test:e2e`: it builds the app and sets DATABASE_URL / DATABASE_APP_URL
// to a fresh, migrated and seeded database before starting Playwright.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const browser = await browserForTests();

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "ru-RU",
    timezoneId: "Europe/Samara",
    trace: "retain-on-failure",
    launchOptions: browser,
  },
  webServer: {
    // Our server, not `next start`: it tells the app the TCP peer's address (lib/ops/serve.ts).
    command: "npx tsx lib/ops/serve.ts",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-that-is-long-enough-1234",
    },
  },
});
