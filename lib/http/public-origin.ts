import { env } from "@/lib/env";

export type OriginSetting = {
  /** PUBLIC_URL: the address the deployment is published at. */
  publicUrl?: string;
  /** Behind a trusted reverse proxy (TRUSTED_PROXY_HOPS), whose X-Forwarded-Proto/Host tell the browser's address. */
  behindProxy: boolean;
};

/** host, host:port, [v6]:port — nothing else may become part of an origin. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim().toLowerCase() || undefined;
}

/**
 * The origin browsers use to reach the app (https://tandem.school.ru), for the same-origin
 * check of form posts and for absolute links that leave the app (QR codes, printed links).
 * PUBLIC_URL when configured; otherwise the address the browser asked for: its Host header,
 * or the proxy's X-Forwarded-Host and X-Forwarded-Proto when the app runs behind a trusted
 * proxy. Never the address Next listens on (request.url says http://localhost:<port> there).
 * Null when the request names no usable host.
 */
export function publicOriginOf(headers: Headers, setting: OriginSetting): string | null {
  if (setting.publicUrl) return new URL(setting.publicUrl).origin;
  const forwardedHost = setting.behindProxy ? first(headers.get("x-forwarded-host")) : undefined;
  const host = forwardedHost ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const forwardedProto = setting.behindProxy ? first(headers.get("x-forwarded-proto")) : undefined;
  const protocol = forwardedProto === "https" ? "https" : "http";
  return new URL(`${protocol}://${host}`).origin;
}

/** The public origin under this deployment's configuration. */
export function publicOrigin(headers: Headers): string | null {
  const { PUBLIC_URL, TRUSTED_PROXY_HOPS } = env();
  return publicOriginOf(headers, { publicUrl: PUBLIC_URL, behindProxy: TRUSTED_PROXY_HOPS > 0 });
}

/**
 * An absolute link to a page of the app for paper (QR codes, printed links): on PUBLIC_URL, else
 * on the public address the request came to. In production never request.url: behind a proxy or
 * lib/ops/serve.ts that says http://localhost:<port>, which means nothing on a printed page.
 */
export function publicLinkOf(request: Request, path: string, setting: OriginSetting & { production: boolean }): string {
  const origin = publicOriginOf(request.headers, setting);
  if (origin) return `${origin}${path}`;
  if (setting.production) throw new Error("The request names no host to print links with: set PUBLIC_URL.");
  return `${new URL(request.url).origin}${path}`;
}

export function publicLink(request: Request, path: string): string {
  const { PUBLIC_URL, TRUSTED_PROXY_HOPS, NODE_ENV } = env();
  return publicLinkOf(request, path, { publicUrl: PUBLIC_URL, behindProxy: TRUSTED_PROXY_HOPS > 0, production: NODE_ENV === "production" });
}
