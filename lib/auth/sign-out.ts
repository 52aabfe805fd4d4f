import { inScope } from "@/lib/db/scope";
import { recordAuditForUser } from "@/lib/audit/record";

export async function recordSignOut(userId: string): Promise<void> {
  await inScope({ userId }, (tx) =>
    recordAuditForUser(tx, userId, { action: "auth.sign_out", actorUserId: userId, entityType: "user", entityId: userId }),
  );
}
