import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { applyScope, inScope, type Tx } from "@/lib/db/scope";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { UserFacingError } from "@/lib/actions/errors";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { failure, type ActionResult } from "@/lib/actions/result";
import { acceptAsExistingUserSchema, acceptInvitationSchema } from "@/lib/invitations/schemas";
import { hashInvitationToken, invitationStatus, type InvitationStatus } from "@/lib/invitations/token";

export type InvitationView = {
  email: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  roles: OrganisationRole[];
  placeName: string;
  status: InvitationStatus;
  hasAccount: boolean;
};

const invitationSelect = {
  id: true,
  email: true,
  lastName: true,
  firstName: true,
  middleName: true,
  roles: true,
  organisationId: true,
  authorityId: true,
  acceptedAt: true,
  revokedAt: true,
  expiresAt: true,
  organisation: { select: { shortName: true, slug: true } },
  authority: { select: { shortName: true, slug: true } },
} as const;

/** Opening the link only shows the invitation; it is consumed when the form is submitted. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const tokenHash = hashInvitationToken(token);
  return inScope({ invitationTokenHash: tokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash }, select: invitationSelect });
    if (!invitation) return null;
    return {
      email: invitation.email,
      lastName: invitation.lastName,
      firstName: invitation.firstName,
      middleName: invitation.middleName,
      roles: invitation.roles,
      placeName: invitation.organisation?.shortName ?? invitation.authority?.shortName ?? "",
      status: invitationStatus(invitation, now),
      hasAccount: await invitedAccountHasPassword(tx),
    };
  });
}

export type AcceptedInvitation = { email: string; home: string };

/** Creates the account (or uses the existing one, proven by its password) and the membership. */
export async function acceptInvitation(raw: Record<string, unknown>, ipAddress: string | null, now = new Date()): Promise<ActionResult<AcceptedInvitation>> {
  const token = typeof raw.token === "string" ? raw.token : "";
  const view = token ? await viewInvitation(token, now) : null;
  if (!view) return failure("not_found", "Приглашение не найдено. Попросите прислать новую ссылку.");
  if (view.status !== "pending") return failure("refused", "Ссылка больше не действует: приглашение принято, отозвано или устарело.");

  // Which form was sent decides, not the account's state a moment ago: a concurrent acceptance may
  // have created the account since the page was opened (createAccount then refuses cleanly).
  const existingAccount = !("passwordRepeat" in raw);
  const parsed = existingAccount ? acceptAsExistingUserSchema.safeParse(raw) : acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", "Проверьте заполнение формы.", fieldErrorsOf(parsed.error));
  const input: { password: string; lastName?: string; firstName?: string; middleName?: string; phone?: string } = parsed.data;
  const passwordHash = existingAccount ? null : await hashPassword(input.password);
  // An existing account is proven exactly like a sign-in: same lock, same counting, same journal.
  const proof = existingAccount ? await authenticate({ email: view.email, password: input.password }, ipAddress ?? "unknown", now) : null;
  if (proof && !proof.ok) {
    return proof.reason === "locked"
      ? failure("refused", "Слишком много неудачных попыток. Повторите через 15 минут.")
      : failure("refused", "Неверный пароль.", { password: "Неверный пароль" });
  }

  try {
    const tokenHash = hashInvitationToken(token);
    const home = await inScope({ invitationTokenHash: tokenHash }, async (tx) => {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash }, select: invitationSelect });
      if (!invitation) throw new UserFacingError("Приглашение не найдено.");
      const consumed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (consumed.count !== 1) throw new UserFacingError("Ссылка больше не действует.");

      const userId = passwordHash ? await createAccount(tx, invitation.email, input, passwordHash) : proof?.ok ? proof.userId : null;
      if (!userId) throw new UserFacingError("Неверный пароль.", { password: "Неверный пароль" });

      // The membership is written under the invited organisation's own scope.
      await applyScope(tx, { organisationId: invitation.organisationId ?? undefined, userId, invitationTokenHash: tokenHash });
      if (invitation.organisationId) {
        await joinOrganisation(tx, invitation.organisationId, userId, invitation.roles);
      } else if (invitation.authorityId) {
        await tx.authorityMembership.upsert({
          where: { authorityId_userId: { authorityId: invitation.authorityId, userId } },
          create: { authorityId: invitation.authorityId, userId },
          update: {},
        });
      }
      await recordAudit(tx, {
        action: "invitation.accepted",
        organisationId: invitation.organisationId,
        actorUserId: userId,
        entityType: "invitation",
        entityId: invitation.id,
        details: { email: invitation.email, roles: invitation.roles },
        ipAddress,
      });
      return invitation.organisation ? `/o/${invitation.organisation.slug}` : `/a/${invitation.authority?.slug ?? ""}`;
    });
    return { ok: true, data: { email: view.email, home }, message: "Приглашение принято. Добро пожаловать!" };
  } catch (error) {
    if (error instanceof UserFacingError) return failure("refused", error.message, error.fieldErrors);
    throw error;
  }
}

async function createAccount(
  tx: Tx,
  email: string,
  person: { lastName?: string; firstName?: string; middleName?: string; phone?: string },
  passwordHash: string,
): Promise<string> {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && (await invitedAccountHasPassword(tx))) throw new UserFacingError("Учётная запись с этим адресом уже есть: войдите с её паролем.");
  const data = {
    lastName: person.lastName ?? "",
    firstName: person.firstName ?? "",
    middleName: person.middleName ?? null,
    phone: person.phone ?? null,
    passwordHash,
  };
  if (existing) return (await tx.user.update({ where: { id: existing.id }, data, select: { id: true } })).id;
  // Two invitations to one person accepted at the same moment: the second finds the account taken.
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    insert into users (id, email, last_name, first_name, middle_name, phone, password_hash, updated_at)
    values (gen_random_uuid(), ${email}, ${data.lastName}, ${data.firstName}, ${data.middleName}, ${data.phone}, ${passwordHash}, now())
    on conflict (email) do nothing
    returning id::text`;
  if (!created) throw new UserFacingError("Учётная запись с этим адресом уже есть: войдите с её паролем.");
  return created.id;
}

/** Whether the invitation in scope names an account that already has a password (the hash stays unreadable). */
async function invitedAccountHasPassword(tx: Tx): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ has: boolean }[]>`select invited_account_has_password() as has`;
  return row?.has === true;
}

async function joinOrganisation(tx: Tx, organisationId: string, userId: string, roles: OrganisationRole[]): Promise<void> {
  const existing = await tx.membership.findUnique({
    where: { organisationId_userId: { organisationId, userId } },
    select: { id: true, roles: true },
  });
  if (existing) {
    await tx.membership.update({
      where: { id: existing.id },
      data: { roles: [...new Set([...existing.roles, ...roles])], disabledAt: null },
    });
  } else {
    await tx.membership.create({ data: { organisationId, userId, roles }, select: { id: true } });
  }
}
