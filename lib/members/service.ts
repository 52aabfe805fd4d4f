import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { nothingChanged, recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";

async function loadMember(tx: Tx, ctx: TenantContext, membershipId: string) {
  return orNotFound(
    await tx.membership.findFirst({
      where: { id: membershipId, organisationId: ctx.organisation.id },
      select: { id: true, userId: true, roles: true, disabledAt: true, user: { select: { email: true } } },
    }),
  );
}

/** An organisation must keep at least one active director, or nobody could manage it. */
async function assertAnotherDirectorRemains(tx: Tx, ctx: TenantContext, membershipId: string): Promise<void> {
  // Two directors removing each other at once must not both pass the count: serialise on the organisation row.
  await tx.$queryRaw`select id::text from organisations where id = ${ctx.organisation.id}::uuid for update`;
  const others = await tx.membership.count({
    where: { organisationId: ctx.organisation.id, id: { not: membershipId }, disabledAt: null, roles: { has: "DIRECTOR" }, user: { disabledAt: null } },
  });
  if (others === 0) throw new UserFacingError("В организации должен остаться хотя бы один действующий руководитель.");
}

export async function changeMemberRoles(
  tx: Tx,
  ctx: TenantContext,
  input: { membershipId: string; roles: OrganisationRole[]; className?: string; classesLed: string[]; position?: string },
): Promise<void> {
  const member = await loadMember(tx, ctx, input.membershipId);
  if (member.roles.includes("DIRECTOR") && !input.roles.includes("DIRECTOR")) {
    await assertAnotherDirectorRemains(tx, ctx, member.id);
  }
  await tx.membership.update({
    where: { id: member.id },
    data: {
      roles: input.roles,
      className: input.roles.includes("MENTEE") ? (input.className ?? null) : null,
      classesLed: input.roles.includes("CLASS_TEACHER") ? input.classesLed : [],
      position: input.position ?? null,
    },
  });
  await recordTenantAudit(tx, ctx, "membership.roles_changed", { type: "membership", id: member.id }, {
    email: member.user.email,
    before: member.roles,
    after: input.roles,
  });
}

export async function setMemberDisabled(tx: Tx, ctx: TenantContext, membershipId: string, disabled: boolean): Promise<void> {
  const member = await loadMember(tx, ctx, membershipId);
  if (disabled && member.userId === ctx.user.id) throw new UserFacingError("Нельзя отключить самого себя.");
  if (disabled && member.roles.includes("DIRECTOR")) await assertAnotherDirectorRemains(tx, ctx, member.id);
  if ((member.disabledAt !== null) === disabled) return nothingChanged(tx);
  await tx.membership.update({ where: { id: member.id }, data: { disabledAt: disabled ? new Date() : null } });
  await recordTenantAudit(tx, ctx, disabled ? "membership.disabled" : "membership.enabled", { type: "membership", id: member.id }, {
    email: member.user.email,
  });
}
