import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scope";
import type { AuditAction } from "@/lib/audit/actions";

export type AuditEntry = {
  /** Set only when another row must name the event (a counted access denial). */
  id?: string;
  action: AuditAction;
  organisationId?: string | null;
  actorUserId?: string | null;
  entityType?: string;
  entityId?: string;
  details?: Prisma.InputJsonObject;
  ipAddress?: string | null;
};

/** Audit rows written through each open transaction: the action pipeline checks its own. */
const written = new WeakMap<Tx, number>();
const unchanged = new WeakSet<Tx>();

/**
 * How many audit rows this transaction has written, and whether its work declared that it
 * changed nothing (see `nothingChanged`).
 */
export function auditWritten(tx: Tx): { rows: number; nothingChanged: boolean } {
  return { rows: written.get(tx) ?? 0, nothingChanged: unchanged.has(tx) };
}

/**
 * The work deliberately changed nothing (a repeated click, a preview): the pipeline then
 * accepts that it wrote no audit record. Call it on the no-op path only, never around a write.
 */
export function nothingChanged(tx: Tx): void {
  unchanged.add(tx);
}

/**
 * Writes inside the caller's transaction, so the record and the change stand or fall
 * together. `createMany` sends no RETURNING: the app role may insert rows it cannot read
 * back (events with no organisation, such as a failed sign-in for an unknown e-mail).
 */
export async function recordAudit(tx: Tx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  written.set(tx, (written.get(tx) ?? 0) + entries.length);
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      id: entry.id,
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      actorUserId: entry.actorUserId ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details ?? {},
      ipAddress: entry.ipAddress ?? null,
    })),
  });
}

/**
 * An event about a person rather than one organisation (sign-in, a new password) goes to
 * the journal of every organisation the person belongs to, or to the platform's if none.
 */
export async function recordAuditForUser(tx: Tx, userId: string | null, entry: Omit<AuditEntry, "organisationId">): Promise<void> {
  const organisationIds = userId
    ? (await tx.membership.findMany({ where: { userId }, select: { organisationId: true } })).map((m) => m.organisationId)
    : [];
  await recordAudit(tx, ...(organisationIds.length > 0 ? organisationIds : [null]).map((organisationId) => ({ ...entry, organisationId })));
}

/** An event of the signed-in member in their organisation: the common case. */
export function recordTenantAudit(
  tx: Tx,
  ctx: { organisation: { id: string }; user: { id: string }; ipAddress: string | null },
  action: AuditAction,
  entity: { type: string; id: string },
  details: Prisma.InputJsonObject = {},
): Promise<void> {
  return recordAudit(tx, {
    action,
    organisationId: ctx.organisation.id,
    actorUserId: ctx.user.id,
    entityType: entity.type,
    entityId: entity.id,
    details,
    ipAddress: ctx.ipAddress,
  });
}
