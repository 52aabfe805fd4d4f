"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { inviteMemberSchema, revokeInvitationSchema } from "@/lib/invitations/schemas";
import { createInvitation, revokeInvitation } from "@/lib/invitations/service";
import { invitationPath } from "@/lib/invitations/token";

export const inviteMemberAction = tenantFormAction(
  {
    name: "invitations.create",
    permission: "members.invite",
    input: inviteMemberSchema,
    run: async ({ ctx, input, tx }) => {
      const { token } = await createInvitation(tx, {
        target: { organisationId: ctx.organisation.id, roles: input.roles },
        email: input.email,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName,
        invitedById: ctx.user.id,
        ipAddress: ctx.ipAddress,
      });
      return { path: invitationPath(token) };
    },
    success: "Приглашение создано. Скопируйте ссылку и передайте её приглашённому: она действует 7 дней и показывается один раз.",
  },
  { arrayFields: ["roles"] },
);

export const revokeInvitationAction = tenantFormAction({
  name: "invitations.revoke",
  permission: "members.invite",
  input: revokeInvitationSchema,
  run: ({ ctx, input, tx }) =>
    revokeInvitation(tx, { organisationId: ctx.organisation.id, actorUserId: ctx.user.id, ipAddress: ctx.ipAddress }, input.invitationId),
  success: "Приглашение отозвано.",
});
