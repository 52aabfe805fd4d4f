import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";

export async function getOrganisationProfile(ctx: TenantContext) {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
    tx.organisation.findUniqueOrThrow({
      where: { id: ctx.organisation.id },
      select: {
        fullName: true, shortName: true, kind: true, region: true, municipality: true, locality: true,
        address: true, website: true, directorName: true, timeZone: true,
      },
    }),
  );
}

export type OrganisationProfile = Awaited<ReturnType<typeof getOrganisationProfile>>;
