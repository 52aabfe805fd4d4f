import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { DEMO_PASSWORD } from "./accounts";
import { signInThroughApi } from "./auth";
import { connectAsOwner, createFreshTenant, type FreshTenant, type OwnerDatabase } from "./database";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

type PageOptions = { password?: string; context?: BrowserContextOptions };

type WorkerFixtures = {
  /** The owner's connection, for fixtures that create or look up data. */
  ownerDb: OwnerDatabase;
  /** One signed-in storage state per demo account, reused by every test of the worker. */
  demoSessions: Map<string, StorageState>;
};

type TestFixtures = {
  /**
   * A page in a context of its own, signed in as `email` through the API. Demo accounts
   * (password DEMO_PASSWORD) reuse one session per worker; others sign in every time.
   */
  pageAs: (email: string, options?: PageOptions) => Promise<Page>;
  /** A page in a context of its own with nobody signed in. */
  visitorPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A new organisation with one member per key of the roster (see support/database.ts). */
  freshTenant: <K extends string>(roster: Record<K, OrganisationRole[]>) => Promise<FreshTenant<K>>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  ownerDb: [
    async ({}, provide) => {
      const database = connectAsOwner();
      await provide(database);
      await database.close();
    },
    { scope: "worker" },
  ],

  demoSessions: [
    async ({}, provide) => {
      await provide(new Map());
    },
    { scope: "worker" },
  ],

  visitorPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },

  pageAs: async ({ browser, demoSessions }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (email, { password = DEMO_PASSWORD, context: options = {} } = {}) => {
      const reusable = password === DEMO_PASSWORD;
      const saved = reusable ? demoSessions.get(email) : undefined;
      const context = await browser.newContext({ ...options, ...(saved ? { storageState: saved } : {}) });
      contexts.push(context);
      if (!saved) {
        await signInThroughApi(context.request, email, password);
        if (reusable) demoSessions.set(email, await context.storageState());
      }
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },

  freshTenant: async ({ ownerDb }, provide) => {
    await provide((roster) => createFreshTenant(ownerDb, roster));
  },
});

export { expect };

/** Opens a URL and returns the HTTP status of the document. */
export async function statusOf(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  expect(response, `navigation to ${url}`).not.toBeNull();
  return response?.status() ?? 0;
}

/**
 * The input whose label is exactly `label` (a required field's label also carries a
 * decorative " *"), so that «Имя» does not also match «Имя пользователя» and
 * «Новый пароль» not «Новый пароль ещё раз».
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}
