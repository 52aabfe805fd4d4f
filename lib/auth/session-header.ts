import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/active-user";

/**
 * proxy.ts checks the session once and hands the answer to the render in this request header.
 * It is signed with the auth secret, so a request that somehow skipped the proxy cannot name
 * a user by sending the header itself: an unsigned or altered value is ignored.
 */
export const SESSION_HEADER = "x-tandem-session";

export type CheckedSession = { user: CurrentUser | null };

function signature(payload: string): Buffer {
  return createHmac("sha256", authSecret()).update(`tandem-session:${payload}`).digest();
}

export function sealSession(session: CheckedSession): string {
  const payload = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** The proxy's answer, or null when the header is missing or not the proxy's. */
export function openSession(value: string | null): CheckedSession | null {
  const [payload, signed, ...rest] = value?.split(".") ?? [];
  if (!payload || !signed || rest.length > 0) return null;
  const expected = signature(payload);
  const given = Buffer.from(signed, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as CheckedSession;
}
