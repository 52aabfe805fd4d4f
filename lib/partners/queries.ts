import type { PartnerKind } from "@/lib/generated/prisma/enums";
import { inTenant } from "@/lib/db/scope";
import { isoDay } from "@/lib/dates/calendar-date";
import type { TenantContext } from "@/lib/tenancy/context";
import { todayIn } from "@/lib/i18n/format";
import { agreementInForce } from "@/lib/partners/policy";

const tenantOf = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });

export type PartnerRow = { id: string; name: string; kind: PartnerKind; contactName: string | null; phone: string | null; mentors: number; inForce: boolean };

/** The organisation's partners with their people and whether an agreement is in force today: two queries. */
export async function listPartners(ctx: TenantContext): Promise<PartnerRow[]> {
  const today = todayIn(ctx.organisation.timeZone);
  return inTenant(tenantOf(ctx), async (tx) => {
    const partners = await tx.partner.findMany({
      where: { organisationId: ctx.organisation.id },
      select: { id: true, name: true, kind: true, contactName: true, phone: true, _count: { select: { people: true } }, agreements: { select: { validFrom: true, validUntil: true } } },
      orderBy: { name: "asc" },
    });
    return partners.map(({ _count, agreements, ...partner }) => ({
      ...partner,
      mentors: _count.people,
      inForce: agreements.some((agreement) => agreementInForce({ validFrom: isoDay(agreement.validFrom), validUntil: agreement.validUntil ? isoDay(agreement.validUntil) : null }, today)),
    }));
  });
}

export type PartnerCard = {
  id: string;
  name: string;
  kind: PartnerKind;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  note: string | null;
  agreements: { id: string; number: string; signedOn: string; validFrom: string; validUntil: string | null; subject: string | null; file: { id: string; name: string } | null }[];
  people: { id: string; lastName: string; firstName: string; middleName: string | null; position: string | null }[];
};

export async function getPartner(ctx: TenantContext, partnerId: string): Promise<PartnerCard | null> {
  return inTenant(tenantOf(ctx), async (tx) => {
    const partner = await tx.partner.findFirst({
      where: { id: partnerId, organisationId: ctx.organisation.id },
      select: {
        id: true, name: true, kind: true, contactName: true, phone: true, email: true, website: true, note: true,
        agreements: { select: { id: true, number: true, signedOn: true, validFrom: true, validUntil: true, subject: true, file: { select: { id: true, name: true } } }, orderBy: { signedOn: "desc" } },
        people: { select: { id: true, lastName: true, firstName: true, middleName: true, position: true }, orderBy: { lastName: "asc" }, where: { leftOn: null } },
      },
    });
    if (!partner) return null;
    return {
      ...partner,
      agreements: partner.agreements.map((agreement) => ({
        ...agreement,
        signedOn: isoDay(agreement.signedOn),
        validFrom: isoDay(agreement.validFrom),
        validUntil: agreement.validUntil ? isoDay(agreement.validUntil) : null,
      })),
    };
  });
}

/** The partners a person's form offers (a representative works for one of them). */
export async function partnerOptions(ctx: TenantContext): Promise<{ value: string; label: string }[]> {
  return inTenant(tenantOf(ctx), async (tx) =>
    (await tx.partner.findMany({ where: { organisationId: ctx.organisation.id }, select: { id: true, name: true }, orderBy: { name: "asc" } })).map((partner) => ({ value: partner.id, label: partner.name })),
  );
}
