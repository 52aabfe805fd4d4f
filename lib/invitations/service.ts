import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import { nothingChanged, recordAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import { invitationExpiry, newInvitationToken } from "@/lib/invitations/token";

export type InvitationTarget = { organisationId: string; roles: OrganisationRole[] } | { authorityId: string };

export type NewInvitation = {
  target: InvitationTarget;
  email: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  invitedById: string | null;
  ipAddress?: string | null;
};

/**
 * Creates a one-time invitation and returns the token (shown once, to be passed on).
 * An earlier pending invitation of the same person to the same place is revoked.
 */
export async function createInvitation(tx: Tx, invitation: NewInvitation, now = new Date()): Promise<{ token: string; invitationId: string }> {
  const target = invitation.target;
  const place = "organisationId" in target ? { organisationId: target.organisationId } : { authorityId: target.authorityId };

  if ("organisationId" in target) {
    const existing = await tx.membership.findFirst({
      where: { organisationId: target.organisationId, user: { email: invitation.email } },
      select: { id: true },
    });
    if (existing) {
      throw new UserFacingError("Этот человек уже участник организации: измените его роли в карточке участника.", {
        email: "Уже участник организации",
      });
    }
  }

  const replaced = await tx.invitation.findMany({
    where: { ...place, email: invitation.email, acceptedAt: null, revokedAt: null },
    select: { id: true },
  });
  if (replaced.length > 0) {
    await tx.invitation.updateMany({ where: { id: { in: replaced.map((r) => r.id) } }, data: { revokedAt: now } });
    await recordAudit(
      tx,
      ...replaced.map((old) => ({
        action: "invitation.revoked" as const,
        organisationId: "organisationId" in target ? target.organisationId : null,
        actorUserId: invitation.invitedById,
        entityType: "invitation",
        entityId: old.id,
        details: { email: invitation.email, reason: "заменено новым приглашением" },
        ipAddress: invitation.ipAddress,
      })),
    );
  }
  const { token, tokenHash } = newInvitationToken();
  const created = await tx.invitation.create({
    data: {
      ...place,
      email: invitation.email,
      lastName: invitation.lastName,
      firstName: invitation.firstName,
      middleName: invitation.middleName ?? null,
      roles: "roles" in target ? target.roles : [],
      tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: invitation.invitedById,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    action: "invitation.created",
    organisationId: "organisationId" in target ? target.organisationId : null,
    actorUserId: invitation.invitedById,
    entityType: "invitation",
    entityId: created.id,
    details: { email: invitation.email, roles: "roles" in target ? target.roles : ["SUPERVISOR"] },
    ipAddress: invitation.ipAddress,
  });
  return { token, invitationId: created.id };
}

export async function revokeInvitation(
  tx: Tx,
  scope: { organisationId: string; actorUserId: string; ipAddress: string | null },
  invitationId: string,
  now = new Date(),
): Promise<void> {
  const invitation = orNotFound(
    await tx.invitation.findFirst({
      where: { id: invitationId, organisationId: scope.organisationId },
      select: { id: true, email: true, acceptedAt: true, revokedAt: true },
    }),
  );
  if (invitation.acceptedAt) throw new UserFacingError("Приглашение уже принято: его нельзя отозвать.");
  if (invitation.revokedAt) return nothingChanged(tx);
  await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
  await recordAudit(tx, {
    action: "invitation.revoked",
    organisationId: scope.organisationId,
    actorUserId: scope.actorUserId,
    entityType: "invitation",
    entityId: invitation.id,
    details: { email: invitation.email },
    ipAddress: scope.ipAddress,
  });
}
