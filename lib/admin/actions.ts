"use server";

import { userFormAction } from "@/lib/actions/server";
import { orNotFound } from "@/lib/actions/errors";
import { applyScope } from "@/lib/db/scope";
import { createInvitation } from "@/lib/invitations/service";
import { invitationPath } from "@/lib/invitations/token";
import { createAuthoritySchema, createOrganisationSchema } from "@/lib/organisations/schemas";
import { createAuthority, createOrganisation } from "@/lib/organisations/service";
import { inviteDirectorSchema, inviteSupervisorSchema } from "@/lib/admin/schemas";

export const createAuthorityAction = userFormAction(
  {
    name: "admin.createAuthority",
    platformAdminOnly: true,
    input: createAuthoritySchema,
    run: async ({ user, input, tx, ipAddress }) => {
      await createAuthority(tx, input, { userId: user.id, ipAddress });
    },
    success: "Орган управления образованием создан.",
  },
  { revalidate: "/admin" },
);

export const createOrganisationAction = userFormAction(
  {
    name: "admin.createOrganisation",
    platformAdminOnly: true,
    input: createOrganisationSchema,
    run: async ({ user, input, tx, ipAddress }) => {
      await createOrganisation(tx, input, { userId: user.id, ipAddress });
    },
    success: "Организация создана. Пригласите её руководителя.",
  },
  { revalidate: "/admin" },
);

export const inviteDirectorAction = userFormAction(
  {
    name: "admin.inviteDirector",
    platformAdminOnly: true,
    input: inviteDirectorSchema,
    run: async ({ user, input, tx, ipAddress }) => {
      orNotFound(await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } }));
      await applyScope(tx, { organisationId: input.organisationId, userId: user.id });
      const { token } = await createInvitation(tx, {
        target: { organisationId: input.organisationId, roles: ["DIRECTOR"] },
        email: input.email,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName,
        invitedById: user.id,
        ipAddress,
      });
      return { path: invitationPath(token) };
    },
    success: "Приглашение руководителю создано. Передайте ему ссылку: она действует 7 дней.",
  },
  { revalidate: "/admin" },
);

export const inviteSupervisorAction = userFormAction(
  {
    name: "admin.inviteSupervisor",
    platformAdminOnly: true,
    input: inviteSupervisorSchema,
    run: async ({ user, input, tx, ipAddress }) => {
      orNotFound(await tx.authority.findUnique({ where: { id: input.authorityId }, select: { id: true } }));
      const { token } = await createInvitation(tx, {
        target: { authorityId: input.authorityId },
        email: input.email,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName,
        invitedById: user.id,
        ipAddress,
      });
      return { path: invitationPath(token) };
    },
    success: "Приглашение специалисту органа управления создано.",
  },
  { revalidate: "/admin" },
);
