import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { inScope } from "@/lib/db/scope";

export type CurrentUser = {
  id: string;
  email: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  isPlatformAdmin: boolean;
};

export async function loadActiveUser(userId: string): Promise<CurrentUser | null> {
  const user = await inScope({ userId }, (tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, lastName: true, firstName: true, middleName: true, isPlatformAdmin: true, disabledAt: true },
    }),
  );
  if (!user || user.disabledAt) return null;
  const { disabledAt: _disabled, ...active } = user;
  return active;
}

/** The signed-in user of this request, read fresh from the database (once per request). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  return session?.userId ? loadActiveUser(session.userId) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
