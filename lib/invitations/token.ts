import { createHash, randomBytes } from "node:crypto";

export const INVITATION_LIFETIME_DAYS = 7;

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 24 * 3600 * 1000);
}

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: "Ожидает",
  accepted: "Принято",
  revoked: "Отозвано",
  expired: "Истёк срок",
};
