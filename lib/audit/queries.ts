import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inTenant, type Tx } from "@/lib/db/scope";
import { isoDateField, plainText } from "@/lib/actions/form-data";
import type { TenantContext } from "@/lib/tenancy/context";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";
import { denialRepeatsOf, type DenialRepeats } from "@/lib/audit/denials";
import { fullName, startOfDayInZone } from "@/lib/i18n/format";
import { addDays } from "@/lib/dates/calendar-date";

export const AUDIT_PAGE_SIZE = 50;


export const auditFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  action: z
    .string()
    .refine((value): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value))
    .optional()
    .catch(undefined),
  from: isoDateField.optional().catch(undefined),
  to: isoDateField.optional().catch(undefined),
  q: plainText(100).catch(""),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  entityType: string | null;
  details: Prisma.JsonValue;
  ipAddress: string | null;
  /** An access.denied event stands for every refusal of its actor within that hour. */
  repeats: DenialRepeats | null;
};

function whereOf(ctx: TenantContext, filter: AuditFilter): Prisma.AuditEventWhereInput {
  const zone = ctx.organisation.timeZone;
  return {
    organisationId: ctx.organisation.id,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: startOfDayInZone(filter.from, zone) } : {}),
            ...(filter.to ? { lt: startOfDayInZone(addDays(filter.to, 1), zone) } : {}),
          },
        }
      : {}),
    ...(filter.q ? { details: { path: ["email"], string_contains: filter.q.toLowerCase() } } : {}),
  };
}

async function eventsWithActors(tx: Tx, where: Prisma.AuditEventWhereInput, skip: number, take: number): Promise<AuditRow[]> {
  const events = await tx.auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take });
  const actorIds = [...new Set(events.map((event) => event.actorUserId).filter((id): id is string => id !== null))];
  // Actors need not be members (a refused visitor from another school): the database names
  // exactly the actors of this organisation's journal, nobody else (audit_actors()).
  const actors = await tx.$queryRaw<{ id: string; lastName: string; firstName: string; middleName: string | null; email: string }[]>`
    select id::text, last_name as "lastName", first_name as "firstName", middle_name as "middleName", email
      from audit_actors(${actorIds}::uuid[])`;
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const repeats = await denialRepeatsOf(tx, events.filter((event) => event.action === "access.denied").map((event) => event.id));
  return events.map((event) => {
    const actor = event.actorUserId ? byId.get(event.actorUserId) : undefined;
    return {
      id: event.id,
      createdAt: event.createdAt,
      action: event.action,
      actorName: actor ? fullName(actor) : null,
      actorEmail: actor?.email ?? null,
      entityType: event.entityType,
      details: event.details,
      ipAddress: event.ipAddress,
      repeats: repeats.get(event.id) ?? null,
    };
  });
}

/**
 * How far the journal counts: beyond it the page says «более 10 000» and asks for a filter, so a
 * view never counts 100,000 rows nor skips past 10,000 (the export has the same limit).
 */
export const AUDIT_COUNT_CAP = 10_000;

export type AuditPage = { rows: AuditRow[]; total: number; capped: boolean };

/** A page of the organisation's journal: four queries whatever its length. */
export async function listAuditEvents(ctx: TenantContext, filter: AuditFilter): Promise<AuditPage> {
  const where = whereOf(ctx, filter);
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
    // Ordered as the index is: without an order Prisma sorts the capped count by id, 100,000 rows.
    const counted = await tx.auditEvent.count({ where, orderBy: { createdAt: "desc" }, take: AUDIT_COUNT_CAP + 1 });
    const skip = (filter.page - 1) * AUDIT_PAGE_SIZE;
    const rows = skip < AUDIT_COUNT_CAP ? await eventsWithActors(tx, where, skip, AUDIT_PAGE_SIZE) : [];
    return { rows, total: Math.min(counted, AUDIT_COUNT_CAP), capped: counted > AUDIT_COUNT_CAP };
  });
}

export const AUDIT_EXPORT_LIMIT = 10_000;

export async function auditEventsForExport(ctx: TenantContext, filter: AuditFilter): Promise<AuditRow[]> {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
    eventsWithActors(tx, whereOf(ctx, filter), 0, AUDIT_EXPORT_LIMIT),
  );
}
