import { existsSync } from "node:fs";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The browser for end-to-end tests: CHROMIUM_PATH, else the system's Chromium, else
 * Playwright's own download if one exists. Playwright cannot download browsers on our
 * machines, so say exactly what to install when there is none.
 */
export function chromiumExecutable(playwrightOwn: () => string): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  const own = playwrightOwn();
  if (own && existsSync(own)) return own;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), " +
      "or set CHROMIUM_PATH to a Chrome/Chromium binary, or run `npx playwright install chromium` where downloads are allowed.",
  );
}
