import { inTenant, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";

export async function getOrganisationProfile(ctx: TenantContext) {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
    tx.organisation.findUniqueOrThrow({
      where: { id: ctx.organisation.id },
      select: {
        fullName: true, shortName: true, kind: true, region: true, municipality: true, locality: true,
        address: true, website: true, directorName: true, founderName: true, timeZone: true,
      },
    }),
  );
}

export type OrganisationProfile = Awaited<ReturnType<typeof getOrganisationProfile>>;

/** What a document's letterhead and signature need of its organisation. */
export function documentOrganisation(tx: Tx, organisationId: string) {
  return tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { fullName: true, shortName: true, founderName: true, locality: true, directorName: true },
  });
}

export type DocumentOrganisationRecord = Awaited<ReturnType<typeof documentOrganisation>>;
