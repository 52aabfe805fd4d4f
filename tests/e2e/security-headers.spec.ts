import { expect, test } from "./support/fixtures";
import { createInvitationPath } from "./support/database";

test.describe("security headers", () => {
  test("/login forbids framing and sends a nonce-based CSP and a referrer policy", async ({ request }) => {
    const response = await request.get("/login");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("a one-time invitation link is never cached nor sent on as a Referer", async ({ request, ownerDb, freshTenant }) => {
    const tenant = await freshTenant({ director: ["DIRECTOR"] });
    const path = await createInvitationPath(ownerDb, tenant, tenant.people.director, ["MENTOR"]);
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Принять приглашение");
    const headers = response.headers();
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
