import { inScope } from "@/lib/db/scope";
import { recordAuditForUser } from "@/lib/audit/record";
import type { SessionClaims } from "@/lib/auth/session-token";

/** Ends this session's row (every copy of its cookie stops working; the user's other sessions stay) and audits it. */
export async function recordSignOut({ uid: userId, sid }: SessionClaims, now = new Date()): Promise<void> {
  await inScope({ userId }, async (tx) => {
    await tx.userSession.updateMany({ where: { id: sid, userId, endedAt: null }, data: { endedAt: now } });
    await recordAuditForUser(tx, userId, { action: "auth.sign_out", actorUserId: userId, entityType: "user", entityId: userId });
  });
}
