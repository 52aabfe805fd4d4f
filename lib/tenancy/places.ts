import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { asUser } from "@/lib/db/scope";
import type { CurrentUser } from "@/lib/auth/current-user";

export type Place = { href: string; name: string; description: string; roles?: OrganisationRole[] };

/** Every place the user may enter: their organisations, supervised authorities, the administration. */
export async function placesOf(user: CurrentUser): Promise<Place[]> {
  const { memberships, authorities } = await asUser(user.id, async (tx) => ({
    memberships: await tx.membership.findMany({
      where: { userId: user.id, disabledAt: null, NOT: { roles: { isEmpty: true } } },
      select: { roles: true, organisation: { select: { slug: true, shortName: true, locality: true } } },
      orderBy: { organisation: { shortName: "asc" } },
    }),
    authorities: await tx.authorityMembership.findMany({
      where: { userId: user.id },
      select: { authority: { select: { slug: true, shortName: true, region: true } } },
    }),
  }));
  return [
    ...memberships.map(({ organisation, roles }) => ({
      href: `/o/${organisation.slug}`,
      name: organisation.shortName,
      description: organisation.locality,
      roles,
    })),
    ...authorities.map(({ authority }) => ({ href: `/a/${authority.slug}`, name: authority.shortName, description: authority.region })),
    ...(user.isPlatformAdmin ? [{ href: "/admin", name: "Администрирование платформы", description: "Органы управления и организации" }] : []),
  ];
}
