import type { Tx } from "@/lib/db/scope";
import { recordAuditForUser } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/actions/errors";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function updateProfile(
  tx: Tx,
  user: CurrentUser,
  input: { lastName: string; firstName: string; middleName?: string; phone?: string },
  ipAddress: string | null,
): Promise<void> {
  await tx.user.update({
    where: { id: user.id },
    data: { lastName: input.lastName, firstName: input.firstName, middleName: input.middleName ?? null, phone: input.phone ?? null },
    select: { id: true },
  });
  await recordAuditForUser(tx, user.id, { action: "profile.updated", actorUserId: user.id, entityType: "user", entityId: user.id, ipAddress });
}

/** A new password ends every session of the user, this one included. */
export async function changePassword(
  tx: Tx,
  user: CurrentUser,
  input: { currentPassword: string; newPassword: string },
  ipAddress: string | null,
): Promise<void> {
  // The hash itself is not readable by the app role; the database compares (lib/auth/password.ts).
  if (!(await checkPassword(tx, user.email, input.currentPassword))) {
    throw new UserFacingError("Текущий пароль введён неверно.", { currentPassword: "Неверный пароль" });
  }
  await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  await recordAuditForUser(tx, user.id, {
    action: "profile.password_changed",
    actorUserId: user.id,
    entityType: "user",
    entityId: user.id,
    ipAddress,
  });
}
