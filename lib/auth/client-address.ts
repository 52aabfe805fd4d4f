import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The TCP peer's address, written by our server (lib/ops/serve.ts) on every request after
 * dropping whatever a client sent under this name. Next exposes no remote address itself.
 */
export const PEER_HEADER = "x-tandem-peer";

const UNKNOWN = "unknown";

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A socket's remoteAddress as people read it: an IPv4 client of a dual-stack server is 127.0.0.1, not ::ffff:127.0.0.1. */
export function peerAddress(remoteAddress: string | undefined): string {
  if (!remoteAddress) return UNKNOWN;
  return remoteAddress.startsWith("::ffff:") && remoteAddress.includes(".") ? remoteAddress.slice(7) : remoteAddress;
}

/**
 * The caller's address for throttling, sessions and the audit log. With no trusted proxy
 * (hops 0) it is the TCP peer: X-Forwarded-For is whatever the client wrote and is ignored.
 * Behind `hops` reverse proxies that each append the address they saw, the entry `hops`
 * places from the right is the one our farthest trusted proxy saw (a shorter list: its left
 * end, still written by a proxy; none: the peer).
 */
export function clientAddress(headers: HeaderBag, hops: number): string {
  const peer = header(headers, PEER_HEADER) ?? UNKNOWN;
  if (hops <= 0) return peer;
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.at(-hops) ?? chain[0] ?? peer;
}

/** The address of the request being served, per the deployment's TRUSTED_PROXY_HOPS. */
export function requestAddress(headers: HeaderBag): string {
  return clientAddress(headers, env().TRUSTED_PROXY_HOPS);
}
