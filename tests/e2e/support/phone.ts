import { expect, type Page } from "@playwright/test";

/** A 360-px phone, the narrowest screen the pages are made for. */
export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } as const;

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page is ${width}px wide on a ${PHONE.viewport.width}px screen`).toBeLessThanOrEqual(PHONE.viewport.width);
}
