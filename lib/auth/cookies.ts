import { env } from "@/lib/env";
import { publicOriginOf, type OriginSetting } from "@/lib/http/public-origin";

/**
 * Whether browsers reach this request over https: PUBLIC_URL says so, or, without PUBLIC_URL,
 * a trusted proxy's X-Forwarded-Proto (TRUSTED_PROXY_HOPS > 0). A client's own X-Forwarded-Proto
 * counts for nothing. HSTS and Secure cookies follow this one rule.
 */
export function servedOverHttpsOf(headers: Headers, setting: OriginSetting): boolean {
  return publicOriginOf(headers, setting)?.startsWith("https:") ?? false;
}

export function servedOverHttps(headers: Headers): boolean {
  const { PUBLIC_URL, TRUSTED_PROXY_HOPS } = env();
  return servedOverHttpsOf(headers, { publicUrl: PUBLIC_URL, behindProxy: TRUSTED_PROXY_HOPS > 0 });
}

/** The session cookie's name as next-auth writes it (useSecureCookies) and getToken must read it. */
export function sessionCookieName(headers: Headers): string {
  return `${servedOverHttps(headers) ? "__Secure-" : ""}next-auth.session-token`;
}
