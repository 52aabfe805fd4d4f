import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { inTenant } from "@/lib/db/scope";
import { fullName } from "@/lib/i18n/format";
import type { TenantContext } from "@/lib/tenancy/context";
import { canViewMember, visibleMembersWhere } from "@/lib/members/policy";
import type { MemberListQuery } from "@/lib/members/schemas";

export const MEMBERS_PAGE_SIZE = 25;

export type MemberRow = {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  email: string;
  roles: OrganisationRole[];
  className: string | null;
  disabled: boolean;
};

const memberRowSelect = {
  id: true,
  roles: true,
  className: true,
  disabledAt: true,
  user: { select: { lastName: true, firstName: true, middleName: true, email: true } },
} as const;

function toRow(member: {
  id: string;
  roles: OrganisationRole[];
  className: string | null;
  disabledAt: Date | null;
  user: { lastName: string; firstName: string; middleName: string | null; email: string };
}): MemberRow {
  return { id: member.id, ...member.user, roles: member.roles, className: member.className, disabled: member.disabledAt !== null };
}

function tenantOf(ctx: TenantContext) {
  return { organisationId: ctx.organisation.id, userId: ctx.user.id };
}

/** One page of the members the viewer may see: two queries whatever the organisation's size. */
export async function listMembers(ctx: TenantContext, query: MemberListQuery): Promise<{ rows: MemberRow[]; total: number }> {
  const words = query.q.split(/\s+/).filter(Boolean);
  const where = {
    AND: [
      { organisationId: ctx.organisation.id },
      visibleMembersWhere(ctx),
      ...(query.role ? [{ roles: { has: query.role } }] : []),
      ...words.map((word) => ({
        OR: [
          { user: { lastName: { contains: word, mode: "insensitive" as const } } },
          { user: { firstName: { contains: word, mode: "insensitive" as const } } },
          { user: { email: { contains: word, mode: "insensitive" as const } } },
          { className: { equals: word.toUpperCase() } },
        ],
      })),
    ],
  };
  return inTenant(tenantOf(ctx), async (tx) => {
    const rows = await tx.membership.findMany({
      where,
      select: memberRowSelect,
      orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { id: "asc" }],
      skip: (query.page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
    });
    const total = await tx.membership.count({ where });
    return { rows: rows.map(toRow), total };
  });
}

export type MemberCard = MemberRow & {
  phone: string | null;
  position: string | null;
  classesLed: string[];
  children: { id: string; name: string; className: string | null }[];
  guardians: { id: string; name: string }[];
};

/** A member's card, or null when it is not in this organisation or not the viewer's to see. */
export async function getMemberCard(ctx: TenantContext, membershipId: string): Promise<MemberCard | null> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organisationId: ctx.organisation.id },
      select: {
        ...memberRowSelect,
        userId: true,
        position: true,
        classesLed: true,
        user: { select: { lastName: true, firstName: true, middleName: true, email: true, phone: true } },
        children: { select: { child: { select: { id: true, className: true, user: { select: { lastName: true, firstName: true, middleName: true } } } } } },
        guardians: { select: { parent: { select: { id: true, user: { select: { lastName: true, firstName: true, middleName: true } } } } } },
      },
    });
    if (!member) return null;
    const visible = canViewMember(ctx, {
      id: member.id,
      userId: member.userId,
      className: member.className,
      childrenClasses: member.children.map((link) => link.child.className).filter((name): name is string => name !== null),
      guardianIds: member.guardians.map((link) => link.parent.id),
    });
    if (!visible) return null;
    const { phone, ...user } = member.user;
    return {
      ...toRow({ ...member, user }),
      phone,
      position: member.position,
      classesLed: member.classesLed,
      children: member.children.map(({ child }) => ({ id: child.id, name: fullName(child.user), className: child.className })),
      guardians: member.guardians.map(({ parent }) => ({ id: parent.id, name: fullName(parent.user) })),
    };
  });
}

/** A parent's children in this organisation. */
export async function listOwnChildren(ctx: TenantContext): Promise<{ id: string; name: string; className: string | null }[]> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const links = await tx.guardianship.findMany({
      where: { organisationId: ctx.organisation.id, parentMembershipId: ctx.membership.id },
      select: { child: { select: { id: true, className: true, user: { select: { lastName: true, firstName: true, middleName: true } } } } },
      orderBy: { createdAt: "asc" },
    });
    return links.map(({ child }) => ({ id: child.id, name: fullName(child.user), className: child.className }));
  });
}
