"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { changeMemberRolesSchema, memberIdSchema } from "@/lib/members/schemas";
import { changeMemberRoles, setMemberDisabled } from "@/lib/members/service";

export const changeMemberRolesAction = tenantFormAction(
  {
    name: "members.changeRoles",
    permission: "members.manageRoles",
    input: changeMemberRolesSchema,
    run: ({ ctx, input, tx }) => changeMemberRoles(tx, ctx, input),
    success: "Роли сохранены.",
  },
  { arrayFields: ["roles"] },
);

export const disableMemberAction = tenantFormAction({
  name: "members.disable",
  permission: "members.disable",
  input: memberIdSchema,
  run: ({ ctx, input, tx }) => setMemberDisabled(tx, ctx, input.membershipId, true),
  success: "Участник отключён: его доступ закрыт со следующего запроса.",
});

export const enableMemberAction = tenantFormAction({
  name: "members.enable",
  permission: "members.disable",
  input: memberIdSchema,
  run: ({ ctx, input, tx }) => setMemberDisabled(tx, ctx, input.membershipId, false),
  success: "Доступ участника восстановлен.",
});
