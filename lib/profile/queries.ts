import { asUser } from "@/lib/db/scope";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function getProfile(user: CurrentUser) {
  return asUser(user.id, (tx) =>
    tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, lastName: true, firstName: true, middleName: true, phone: true },
    }),
  );
}
