import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInPath } from "@/lib/auth/callback";
import { authOptions } from "@/lib/auth/options";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/active-user";

export type { CurrentUser };

/** The signed-in user of this request, read fresh from the database (once per request). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  return session?.userId ? loadActiveUser(session.userId) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath((await headers()).get("x-request-path")));
  return user;
}
