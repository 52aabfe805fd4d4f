import { getToken, type JWT } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { authSecret } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/cookies";

/** What a session cookie must carry to be checked: the user, their session version and the session row. */
const claimsSchema = z.object({ uid: z.guid(), sv: z.number().int(), sid: z.guid() });

export type SessionClaims = z.infer<typeof claimsSchema>;

/** The claims of a decoded token, or null for a token without them (older cookies, tampering). */
export function sessionClaims(token: JWT | null): SessionClaims | null {
  const parsed = claimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}

/**
 * Decodes the session cookie the way next-auth wrote it: same secret, same name
 * (`__Secure-next-auth.session-token` when served over https, as authOptions' useSecureCookies
 * decides, the plain name otherwise). No database work here.
 */
export async function readSessionClaims(request: NextRequest): Promise<SessionClaims | null> {
  const cookieName = sessionCookieName(request.headers);
  return sessionClaims(await getToken({ req: request, secret: authSecret(), cookieName, secureCookie: cookieName.startsWith("__Secure-") }));
}
