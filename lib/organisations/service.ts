import type { Tx } from "@/lib/db/scope";
import { recordAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import type { CreateAuthorityInput, CreateOrganisationInput, OrganisationProfileInput } from "@/lib/organisations/schemas";

type Actor = { userId: string | null; ipAddress?: string | null };

export async function createOrganisation(tx: Tx, input: CreateOrganisationInput, actor: Actor): Promise<{ id: string; slug: string }> {
  if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new UserFacingError("Этот адрес уже занят другой организацией.", { slug: "Адрес уже занят" });
  }
  if (input.authorityId) orNotFound(await tx.authority.findUnique({ where: { id: input.authorityId }, select: { id: true } }));
  const organisation = await tx.organisation.create({ data: input, select: { id: true, slug: true } });
  await recordAudit(tx, {
    action: "organisation.created",
    organisationId: organisation.id,
    actorUserId: actor.userId,
    entityType: "organisation",
    entityId: organisation.id,
    details: { slug: input.slug, shortName: input.shortName },
    ipAddress: actor.ipAddress,
  });
  return organisation;
}

export async function updateOrganisationProfile(tx: Tx, organisationId: string, input: OrganisationProfileInput, actor: Actor): Promise<void> {
  await tx.organisation.update({ where: { id: organisationId }, data: { ...input, website: input.website ?? null, founderName: input.founderName ?? null } });
  await recordAudit(tx, {
    action: "organisation.updated",
    organisationId,
    actorUserId: actor.userId,
    entityType: "organisation",
    entityId: organisationId,
    details: { shortName: input.shortName, timeZone: input.timeZone },
    ipAddress: actor.ipAddress,
  });
}

export async function createAuthority(tx: Tx, input: CreateAuthorityInput, actor: Actor): Promise<{ id: string; slug: string }> {
  if (await tx.authority.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new UserFacingError("Этот адрес уже занят.", { slug: "Адрес уже занят" });
  }
  const authority = await tx.authority.create({ data: input, select: { id: true, slug: true } });
  await recordAudit(tx, {
    action: "authority.created",
    actorUserId: actor.userId,
    entityType: "authority",
    entityId: authority.id,
    details: { slug: input.slug, name: input.shortName },
    ipAddress: actor.ipAddress,
  });
  return authority;
}
