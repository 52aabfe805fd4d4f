import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller's address for throttling and the audit log. X-Forwarded-For is a list each proxy
 * appends to; its left end is whatever the client wrote. So count from the right: with
 * `hops` trusted reverse proxies in front of the app (TRUSTED_PROXY_HOPS, default 1), the
 * entry `hops` places from the end is the one our nearest trusted proxy saw.
 */
export function clientAddress(headers: HeaderBag, hops = 1): string {
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.at(-Math.max(1, hops)) ?? chain[0] ?? header(headers, "x-real-ip") ?? "unknown";
}

/** The address of the request being served, per the deployment's proxy setting. */
export function requestAddress(headers: HeaderBag): string {
  return clientAddress(headers, env().TRUSTED_PROXY_HOPS);
}
