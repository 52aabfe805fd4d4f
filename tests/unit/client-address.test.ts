import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, peerAddress, PEER_HEADER } from "@/lib/auth/client-address";
import { servedOverHttpsOf } from "@/lib/auth/cookies";

const headers = (values: Record<string, string>) => new Headers(values);

describe("without a trusted proxy the client's address is the TCP peer's", () => {
  it("ignores X-Forwarded-For and X-Real-IP, which the client writes", () => {
    const sent = headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" });
    expect(clientAddress(sent, 0)).toBe("127.0.0.1");
  });

  it("is unknown, not a client's header, when our server did not say who the peer was", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBe("unknown");
  });

  it("reads an IPv4 peer of a dual-stack socket as IPv4 and keeps IPv6 as it is", () => {
    expect(peerAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(peerAddress("::1")).toBe("::1");
    expect(peerAddress(undefined)).toBe("unknown");
  });
});

describe("behind N trusted proxies it is the N-th X-Forwarded-For entry from the right", () => {
  const chain = { [PEER_HEADER]: "10.0.0.1", "x-forwarded-for": "203.0.113.77, 198.51.100.5, 10.0.0.2" };

  it("skips what the client wrote on the left", () => {
    expect(clientAddress(headers(chain), 1)).toBe("10.0.0.2");
    expect(clientAddress(headers(chain), 2)).toBe("198.51.100.5");
  });

  it("falls back to the peer when the proxy sent no X-Forwarded-For", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.1" }), 1)).toBe("10.0.0.1");
  });
});

describe("HSTS and Secure cookies only when browsers reach the app over https", () => {
  const forwardedHttps = headers({ host: "tandem.school.ru", "x-forwarded-proto": "https" });

  it("follow PUBLIC_URL when it is set", () => {
    expect(servedOverHttpsOf(headers({ host: "127.0.0.1:3000" }), { publicUrl: "https://tandem.school.ru", behindProxy: false })).toBe(true);
    expect(servedOverHttpsOf(forwardedHttps, { publicUrl: "http://localhost:3000", behindProxy: true })).toBe(false);
  });

  it("believe X-Forwarded-Proto only from a trusted proxy", () => {
    expect(servedOverHttpsOf(forwardedHttps, { behindProxy: true })).toBe(true);
    expect(servedOverHttpsOf(forwardedHttps, { behindProxy: false })).toBe(false);
    expect(servedOverHttpsOf(headers({ host: "localhost:3000" }), { behindProxy: false })).toBe(false);
  });
});

describe("the session cookie's name follows the same rule", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function cookieNameWith(environment: Record<string, string>, sent: Record<string, string>) {
    vi.resetModules();
    for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
    const { sessionCookieName } = await import("@/lib/auth/cookies");
    return sessionCookieName(headers(sent));
  }

  it("is __Secure- prefixed over https and plain over http", async () => {
    expect(await cookieNameWith({ PUBLIC_URL: "https://tandem.school.ru" }, { host: "tandem.school.ru" })).toBe("__Secure-next-auth.session-token");
    expect(await cookieNameWith({ PUBLIC_URL: "http://localhost:3000" }, { host: "localhost:3000" })).toBe("next-auth.session-token");
  });

  it("ignores a client's X-Forwarded-Proto without a trusted proxy", async () => {
    expect(await cookieNameWith({ TRUSTED_PROXY_HOPS: "0" }, { host: "localhost:3000", "x-forwarded-proto": "https" })).toBe("next-auth.session-token");
    expect(await cookieNameWith({ TRUSTED_PROXY_HOPS: "1" }, { host: "tandem.school.ru", "x-forwarded-proto": "https" })).toBe("__Secure-next-auth.session-token");
  });
});
