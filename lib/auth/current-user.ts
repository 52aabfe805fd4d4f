import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { signInPath } from "@/lib/auth/callback";
import type { CurrentUser } from "@/lib/auth/active-user";
import { openSession, SESSION_HEADER } from "@/lib/auth/session-header";
import { readSessionClaims } from "@/lib/auth/session-token";
import { checkSession } from "@/lib/auth/session-store";
import { SessionUnavailableError } from "@/lib/auth/session-unavailable";

export type { CurrentUser };

/**
 * The signed-in user of this request, checked against the database once per request:
 * normally by proxy.ts (which can still answer 503), otherwise here.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const checked = openSession(requestHeaders.get(SESSION_HEADER));
  if (checked) return checked.user;
  // Only a request the proxy did not see gets here (its matcher covers every page and action).
  const verdict = await checkSession(await readSessionClaims(new NextRequest("http://tandem.invalid/", { headers: requestHeaders })));
  if (verdict.status === "unavailable") throw new SessionUnavailableError();
  return verdict.status === "signed-in" ? verdict.user : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath((await headers()).get("x-request-path")));
  return user;
}
