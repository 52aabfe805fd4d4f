import { existsSync } from "node:fs";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Flags for every browser we launch. The npm-shipped build's own `chromium.args` are made for
 * AWS Lambda (--single-process, --disable-web-security, --allow-running-insecure-content, site
 * isolation off): they would weaken the very browser behaviour the security-header tests rely on,
 * and it launches fine on desktop Linux without them.
 */
const ARGS = [
  "--no-sandbox", // CI and the dev machines run as root
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type BrowserLaunch = { executablePath: string; args: string[] };

/**
 * The browser for end-to-end tests: CHROMIUM_PATH, else the system's Chromium, else the
 * headless Chromium shipped inside the npm package @sparticuz/chromium (a devDependency, so
 * `npm install` is all a fresh Linux machine needs; unpacked to /tmp/chromium on first use).
 */
export async function browserForTests(): Promise<BrowserLaunch> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return { executablePath: fromEnv, args: ARGS };
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: ARGS };
  if (process.platform !== "linux") {
    throw new Error(
      "No Chromium found for the end-to-end tests: the bundled one is Linux-only. Set CHROMIUM_PATH to a Chrome/Chromium binary.",
    );
  }
  const { default: bundled } = await import("@sparticuz/chromium");
  return { executablePath: await bundled.executablePath(), args: ARGS };
}
