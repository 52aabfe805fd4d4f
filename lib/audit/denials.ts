import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/scope";
import { recordAudit } from "@/lib/audit/record";

export type AccessDenial = { organisationId: string; actorUserId: string; email: string; ipAddress: string | null };

/**
 * A member of another organisation was refused: counted once per actor, organisation and hour.
 * The first refusal of the hour inserts the counter and writes the audit event; the later ones,
 * even in parallel, wait on the counter row and only add to its count, so a stranger cannot
 * flood the journal. Runs in the refused organisation's scope as the refused user.
 */
export async function recordAccessDenial(tx: Tx, denial: AccessDenial): Promise<void> {
  const candidate = randomUUID();
  const [counter] = await tx.$queryRaw<{ audit_event_id: string }[]>`
    insert into access_denial_counts (organisation_id, actor_user_id, hour, count, audit_event_id, last_at)
    values (${denial.organisationId}::uuid, ${denial.actorUserId}::uuid, date_trunc('hour', now(), 'UTC'), 1, ${candidate}::uuid, now())
    on conflict (organisation_id, actor_user_id, hour)
      do update set count = access_denial_counts.count + 1, last_at = excluded.last_at
    returning audit_event_id::text`;
  if (counter?.audit_event_id !== candidate) return;
  await recordAudit(tx, {
    id: candidate,
    action: "access.denied",
    organisationId: denial.organisationId,
    actorUserId: denial.actorUserId,
    details: { email: denial.email },
    ipAddress: denial.ipAddress,
  });
}

export type DenialRepeats = { count: number; lastAt: Date };

/** The counters of the given access.denied events: one query for a page of the journal. */
export async function denialRepeatsOf(tx: Tx, auditEventIds: string[]): Promise<Map<string, DenialRepeats>> {
  if (auditEventIds.length === 0) return new Map();
  const counters = await tx.accessDenialCount.findMany({
    where: { auditEventId: { in: auditEventIds } },
    select: { auditEventId: true, count: true, lastAt: true },
  });
  return new Map(counters.map((counter) => [counter.auditEventId, { count: counter.count, lastAt: counter.lastAt }]));
}
