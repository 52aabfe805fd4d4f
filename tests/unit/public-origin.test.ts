import { describe, expect, it } from "vitest";
import { publicLink, publicOriginOf } from "@/lib/http/public-origin";
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
  it("is the Host the browser asked for when PUBLIC_URL is not set — never the address in request.url", () => {
    const request = new Request("http://localhost:3000/o/lyceum-17/orders/1/docx", { headers: { host: "tandem.school.ru" } });
    expect(publicLink(request.headers, "/o/lyceum-17/orders/1")).toBe("http://tandem.school.ru/o/lyceum-17/orders/1");
    expect(() => publicLink(new Headers(), "/o/lyceum-17/orders/1")).toThrow(/PUBLIC_URL/);
  });
});
