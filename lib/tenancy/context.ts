import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { applyScope, inScope } from "@/lib/db/scope";
import { db } from "@/lib/db/client";
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

type MemberRow = {
  membershipId: string;
  roles: OrganisationRole[];
  className: string | null;
  classesLed: string[];
  organisationId: string;
  slug: string;
  shortName: string;
  fullName: string;
  timeZone: string;
};

/**
 * The organisation named by a slug, if the user is an active member with at least one
 * role. Anything else answers null — the caller shows "not found" — and an attempt on an
 * existing organisation the user does not belong to is written to that organisation's log,
 * counted once an hour (lib/audit/denials.ts).
 */
export async function resolveTenant(user: CurrentUser, slug: string, ipAddress: string | null): Promise<TenantContext | null> {
  // Every page of an organisation asks this: one statement, no transaction (app_member_context
  // sets the user's scope for itself, under the same row-level security).
  const [found] = await db().$queryRaw<MemberRow[]>`
    select membership_id as "membershipId", roles, class_name as "className", classes_led as "classesLed",
           organisation_id as "organisationId", slug, short_name as "shortName", full_name as "fullName", time_zone as "timeZone"
      from app_member_context(${user.id}::uuid, ${slug})`;
  if (found) {
    const { membershipId, roles, className, classesLed, organisationId, ...organisation } = found;
    return { user, organisation: { id: organisationId, ...organisation }, membership: { id: membershipId, roles, className, classesLed }, ipAddress };
  }
  // Not a member: an existing organisation's log records the attempt.
  return inScope({ userId: user.id }, async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { slug }, select: { id: true } });
    if (!organisation) return null;
    await applyScope(tx, { organisationId: organisation.id, userId: user.id });
    await recordAccessDenial(tx, { organisationId: organisation.id, actorUserId: user.id, email: user.email, ipAddress });
    return null;
  });
}
