import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { trySignInThroughApi } from "./support/auth";
import type { OwnerDatabase } from "./support/database";
import { uniqueSuffix } from "./support/database";

// Every test of the suite signs in from this machine: the lock this spec provokes is lifted after it.
const LOOPBACK = ["127.0.0.1", "::1"];
const LOOPBACK_KEYS = LOOPBACK.map((address) => `address:${address}`);

function liftAddressLocks(ownerDb: OwnerDatabase) {
  return ownerDb.client.signInThrottle.deleteMany({ where: { key: { in: LOOPBACK_KEYS } } });
}

/** A client that claims to be somewhere else on every request, in every header it may write. */
async function forgingClient(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, forged: string): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": forged, "x-real-ip": forged, "x-tandem-peer": forged },
  });
}

test.describe("the client's address is the TCP peer's, not a header the client writes", () => {
  test.beforeEach(({ ownerDb }) => liftAddressLocks(ownerDb));
  test.afterEach(({ ownerDb }) => liftAddressLocks(ownerDb));

  test("31 failures with a new X-Forwarded-For each lock the address, and the journal records the loopback address", async ({
    playwright,
    baseURL,
    ownerDb,
    freshTenant,
  }) => {
    const { people } = await freshTenant({ victim: ["MENTOR"], bystander: ["MENTOR"] });
    const forgedAddresses: string[] = [];
    const attempt = async (email: string, password: string) => {
      const forged = `203.0.113.${forgedAddresses.length + 1}`;
      forgedAddresses.push(forged);
      const client = await forgingClient(playwright, baseURL ?? "", forged);
      try {
        return await trySignInThroughApi(client, email, password);
      } finally {
        await client.dispose();
      }
    };

    // Four on a real account (audited under it, short of its own lock of 5), the rest on unknown e-mails.
    for (let failure = 1; failure <= 31; failure += 1) {
      const email = failure <= 4 ? people.victim.email : `nobody.${uniqueSuffix()}@e2e.tandem.test`;
      expect((await attempt(email, `Wrong-password-${failure}`)).ok, `failure ${failure}`).toBe(false);
    }
    expect(await attempt(people.bystander.email, people.bystander.password)).toEqual({ ok: false, error: "locked" });

    const journal = await ownerDb.client.auditEvent.findMany({
      where: { actorUserId: people.victim.userId, action: "auth.sign_in_failed" },
      select: { ipAddress: true },
    });
    expect(journal.length).toBeGreaterThan(0);
    for (const event of journal) expect(LOOPBACK).toContain(event.ipAddress);
    expect(await ownerDb.client.auditEvent.count({ where: { ipAddress: { in: forgedAddresses } } })).toBe(0);
  });
});
