import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

const SEES_EVERYONE: readonly OrganisationRole[] = ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "METHODIST"];

export type MemberRecord = {
  id: string;
  userId: string;
  className: string | null;
  /** Classes of the children this member is the parent of. */
  childrenClasses: string[];
  /** Membership ids of this member's parents (legal representatives). */
  guardianIds: string[];
};

/**
 * Who may see whose card: the administration, curator, psychologist and methodist see
 * everyone; a class teacher sees the students of the classes they lead and those
 * students' parents; a parent sees their own children; anyone sees themself.
 */
export function canViewMember(ctx: Pick<TenantContext, "user" | "membership">, member: MemberRecord): boolean {
  if (member.userId === ctx.user.id) return true;
  const roles = ctx.membership.roles;
  if (roles.some((role) => SEES_EVERYONE.includes(role))) return true;
  if (roles.includes("CLASS_TEACHER")) {
    const led = ctx.membership.classesLed;
    if (member.className && led.includes(member.className)) return true;
    if (member.childrenClasses.some((className) => led.includes(className))) return true;
  }
  return roles.includes("PARENT") && member.guardianIds.includes(ctx.membership.id);
}

/** The same rule as a database filter, so lists never load what the viewer may not see. */
export function visibleMembersWhere(ctx: Pick<TenantContext, "user" | "membership">): Prisma.MembershipWhereInput {
  const roles = ctx.membership.roles;
  if (roles.some((role) => SEES_EVERYONE.includes(role))) return {};
  const led = ctx.membership.classesLed;
  const visible: Prisma.MembershipWhereInput[] = [{ userId: ctx.user.id }];
  if (roles.includes("CLASS_TEACHER") && led.length > 0) {
    visible.push({ className: { in: led } }, { children: { some: { child: { className: { in: led } } } } });
  }
  if (roles.includes("PARENT")) visible.push({ guardians: { some: { parentMembershipId: ctx.membership.id } } });
  return { OR: visible };
}
