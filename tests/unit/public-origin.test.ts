import { describe, expect, it } from "vitest";
import { publicLinkOf, publicOriginOf } from "@/lib/http/public-origin";
import { fromSameOrigin } from "@/lib/files/upload";

const headers = (values: Record<string, string>) => new Headers(values);
const direct = { behindProxy: false };
const proxied = { behindProxy: true };

describe("the public origin is the address browsers use, never the one Next listens on", () => {
  it("is PUBLIC_URL when the deployment sets it", () => {
    expect(publicOriginOf(headers({ host: "10.0.0.5:3000" }), { publicUrl: "https://tandem.school.ru/app", behindProxy: true })).toBe("https://tandem.school.ru");
  });

  it("is the Host the browser asked for when there is no proxy", () => {
    expect(publicOriginOf(headers({ host: "127.0.0.1:3221" }), direct)).toBe("http://127.0.0.1:3221");
    expect(publicOriginOf(headers({ host: "School.Example:80" }), direct)).toBe("http://school.example");
  });

  it("ignores X-Forwarded-* unless a trusted proxy is configured", () => {
    const sent = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(publicOriginOf(sent, direct)).toBe("http://127.0.0.1:3000");
    expect(publicOriginOf(sent, proxied)).toBe("https://evil.example");
  });

  it("takes the proxy's forwarded host and protocol behind a trusted proxy", () => {
    expect(publicOriginOf(headers({ host: "app:3000", "x-forwarded-host": "tandem.school.ru", "x-forwarded-proto": "https" }), proxied)).toBe("https://tandem.school.ru");
    expect(publicOriginOf(headers({ host: "tandem.school.ru" }), proxied)).toBe("http://tandem.school.ru");
  });

  it("is null for a missing or malformed host", () => {
    expect(publicOriginOf(headers({}), direct)).toBeNull();
    expect(publicOriginOf(headers({ host: "evil.example/path@x" }), direct)).toBeNull();
  });
});

describe("an upload is accepted only from a form of this site", () => {
  const post = (values: Record<string, string>) => new Request("http://localhost:3000/o/x/orders/1/scan", { method: "POST", headers: values });

  it("accepts a form opened at any address, with an Origin that matches the Host", () => {
    expect(fromSameOrigin(post({ host: "127.0.0.1:3221", origin: "http://127.0.0.1:3221" }))).toBe(true);
    expect(fromSameOrigin(post({ host: "school.example", origin: "http://school.example" }))).toBe(true);
  });

  it("refuses another site's form", () => {
    expect(fromSameOrigin(post({ host: "127.0.0.1:3221", origin: "http://evil.example" }))).toBe(false);
    expect(fromSameOrigin(post({ host: "127.0.0.1:3221", origin: "null" }))).toBe(false);
    expect(fromSameOrigin(post({ host: "127.0.0.1:3221", "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});

describe("printed links (QR codes) use the public address", () => {
  const path = "/o/lyceum-17/orders/1";
  const served = (headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}/docx`, { headers });
  const production = { behindProxy: true, production: true };

  it("is PUBLIC_URL when it is set", () => {
    expect(publicLinkOf(served({ host: "10.0.0.5:3000" }), path, { ...production, publicUrl: "https://tandem.school.ru" })).toBe(`https://tandem.school.ru${path}`);
  });

  it("is the address the browser asked for without PUBLIC_URL — never the address in request.url", () => {
    expect(publicLinkOf(served({ host: "app:3000", "x-forwarded-host": "tandem.school.ru", "x-forwarded-proto": "https" }), path, production)).toBe(`https://tandem.school.ru${path}`);
    expect(publicLinkOf(served({ host: "192.0.2.7:3000" }), path, { behindProxy: false, production: true })).toBe(`http://192.0.2.7:3000${path}`);
  });

  it("refuses to print localhost from a production server that knows no public address", () => {
    expect(() => publicLinkOf(served(), path, production)).toThrow(/PUBLIC_URL/);
    expect(publicLinkOf(served(), path, { behindProxy: false, production: false })).toBe(`http://localhost:3000${path}`);
  });
});
