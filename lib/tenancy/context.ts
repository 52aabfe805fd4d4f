import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { applyScope, inScope } from "@/lib/db/scope";
import { recordAccessDenial } from "@/lib/audit/denials";
import type { CurrentUser } from "@/lib/auth/current-user";

export type TenantOrganisation = {
  id: string;
  slug: string;
  shortName: string;
  fullName: string;
  timeZone: string;
};

export type TenantMembership = {
  id: string;
  roles: OrganisationRole[];
  className: string | null;
  classesLed: string[];
};

/** Who is acting, where, and as what: resolved on the server from the session and membership. */
export type TenantContext = {
  user: CurrentUser;
  organisation: TenantOrganisation;
  membership: TenantMembership;
  ipAddress: string | null;
};

/**
 * The organisation named by a slug, if the user is an active member with at least one
 * role. Anything else answers null — the caller shows "not found" — and an attempt on an
 * existing organisation the user does not belong to is written to that organisation's log,
 * counted once an hour (lib/audit/denials.ts).
 */
export async function resolveTenant(user: CurrentUser, slug: string, ipAddress: string | null): Promise<TenantContext | null> {
  // One transaction: the user's own memberships are readable with the user alone in scope.
  return inScope({ userId: user.id }, async (tx) => {
    const found = await tx.membership.findFirst({
      where: { userId: user.id, disabledAt: null, organisation: { slug } },
      select: {
        id: true,
        roles: true,
        className: true,
        classesLed: true,
        organisation: { select: { id: true, slug: true, shortName: true, fullName: true, timeZone: true } },
      },
    });
    if (found && found.roles.length > 0) {
      const { organisation, ...membership } = found;
      return { user, organisation, membership, ipAddress };
    }
    const organisation = await tx.organisation.findUnique({ where: { slug }, select: { id: true } });
    if (!organisation) return null;
    await applyScope(tx, { organisationId: organisation.id, userId: user.id });
    await recordAccessDenial(tx, { organisationId: organisation.id, actorUserId: user.id, email: user.email, ipAddress });
    return null;
  });
}
