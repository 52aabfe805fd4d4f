import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { calendarDate } from "@/lib/dates/calendar-date";
import { recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import type { StoredUpload } from "@/lib/files/upload-route";
import type { PartnerFields } from "@/lib/partners/schemas";

const columnsOf = (fields: PartnerFields) => ({
  name: fields.name,
  kind: fields.kind,
  contactName: fields.contactName ?? null,
  phone: fields.phone ?? null,
  email: fields.email ?? null,
  website: fields.website ?? null,
  note: fields.note ?? null,
});

async function assertNameFree(tx: Tx, ctx: TenantContext, name: string, except?: string) {
  const same = await tx.partner.findFirst({ where: { organisationId: ctx.organisation.id, name: { equals: name, mode: "insensitive" }, ...(except ? { id: { not: except } } : {}) }, select: { id: true } });
  if (same) throw new UserFacingError(`Партнёр «${name}» уже есть в списке.`, { name: "Такой партнёр уже есть" });
}

export async function savePartner(tx: Tx, ctx: TenantContext, input: PartnerFields & { partnerId?: string }): Promise<{ partnerId: string } | void> {
  const { partnerId, ...fields } = input;
  if (!partnerId) {
    await assertNameFree(tx, ctx, fields.name);
    const partner = await tx.partner.create({ data: { organisationId: ctx.organisation.id, ...columnsOf(fields) }, select: { id: true } });
    await recordTenantAudit(tx, ctx, "partner.created", { type: "partner", id: partner.id }, { name: fields.name });
    return { partnerId: partner.id };
  }
  const partner = orNotFound(await tx.partner.findFirst({ where: { id: partnerId, organisationId: ctx.organisation.id }, select: { id: true } }));
  await assertNameFree(tx, ctx, fields.name, partner.id);
  await tx.partner.update({ where: { id: partner.id }, data: columnsOf(fields) });
  await recordTenantAudit(tx, ctx, "partner.updated", { type: "partner", id: partner.id }, { name: fields.name });
}

export async function addAgreement(
  tx: Tx,
  ctx: TenantContext,
  input: { partnerId: string; number: string; signedOn: string; validFrom: string; validUntil?: string; subject?: string },
): Promise<void> {
  const partner = orNotFound(await tx.partner.findFirst({ where: { id: input.partnerId, organisationId: ctx.organisation.id }, select: { id: true, name: true } }));
  const agreement = await tx.partnerAgreement.create({
    data: {
      organisationId: ctx.organisation.id,
      partnerId: partner.id,
      number: input.number,
      signedOn: calendarDate(input.signedOn),
      validFrom: calendarDate(input.validFrom),
      validUntil: input.validUntil ? calendarDate(input.validUntil) : null,
      subject: input.subject ?? null,
    },
    select: { id: true },
  });
  await recordTenantAudit(tx, ctx, "partner.agreement_added", { type: "partner", id: partner.id }, { name: partner.name, number: input.number, agreementId: agreement.id });
}

/** The signed copy of an agreement (a scan or the file itself); a new one replaces the old. */
export async function attachAgreementFile(tx: Tx, ctx: TenantContext, agreement: { id: string; number: string; partnerId: string }, file: StoredUpload): Promise<void> {
  await tx.partnerAgreement.update({ where: { id: agreement.id }, data: { fileId: file.id } });
  await recordTenantAudit(tx, ctx, "partner.agreement_file", { type: "partner", id: agreement.partnerId }, { number: agreement.number, file: file.name });
}
