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
