import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/token";
import { fullName } from "@/lib/i18n/format";

export const INVITATIONS_PAGE_SIZE = 20;

export type InvitationRow = {
  id: string;
  email: string;
  name: string;
  roles: OrganisationRole[];
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
};

export async function listInvitations(ctx: TenantContext, page: number, now = new Date()): Promise<{ rows: InvitationRow[]; total: number }> {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
    const where = { organisationId: ctx.organisation.id };
    const rows = await tx.invitation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * INVITATIONS_PAGE_SIZE,
      take: INVITATIONS_PAGE_SIZE,
      select: {
        id: true, email: true, lastName: true, firstName: true, middleName: true, roles: true,
        createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      },
    });
    const total = await tx.invitation.count({ where });
    return {
      total,
      rows: rows.map((row) => ({
        id: row.id,
        email: row.email,
        name: fullName(row),
        roles: row.roles,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        status: invitationStatus(row, now),
      })),
    };
  });
}
