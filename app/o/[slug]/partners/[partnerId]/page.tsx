import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getPartner } from "@/lib/partners/queries";
import { PARTNER_KIND_LABELS } from "@/lib/partners/labels";
import { agreementInForce } from "@/lib/partners/policy";
import { acceptAttribute, DOCUMENT_KINDS } from "@/lib/files/kinds";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { formatPhone } from "@/lib/people/phone";
import { fullName, todayIn } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { UploadNotice } from "@/components/ui/upload-notice";
import { AgreementForm, PartnerForm } from "@/components/partners/partner-forms";

export const metadata: Metadata = { title: "Социальный партнёр" };

export default async function PartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; partnerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, partnerId } = await params;
  const { upload } = await searchParams;
  const ctx = await requireTenantPermission(slug, "partners.view");
  if (!z.uuid().safeParse(partnerId).success) notFound();
  const partner = await getPartner(ctx, partnerId);
  if (!partner) notFound();
  const manages = can(ctx.membership.roles, "partners.manage");
  const today = todayIn(ctx.organisation.timeZone);
  const base = `/o/${slug}/partners/${partner.id}`;
  return (
    <>
      <PageHeader
        title={partner.name}
        description={[PARTNER_KIND_LABELS[partner.kind], partner.contactName, partner.phone ? formatPhone(partner.phone) : null, partner.email].filter(Boolean).join(" · ")}
        actions={<Link href={`/o/${slug}/partners`} className={buttonClass("secondary")}>Все партнёры</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Соглашения">
          <UploadNotice notice={typeof upload === "string" ? upload : undefined} />
          {partner.agreements.length === 0 ? (
            <EmptyState>Соглашений пока нет.</EmptyState>
          ) : (
            <ul className="mb-4 space-y-4" data-testid="partner-agreements">
              {partner.agreements.map((agreement) => (
                <li key={agreement.id} className="border-b border-slate-100 pb-3">
                  <p className="font-medium">{`№ ${agreement.number} от ${formatCalendarDate(agreement.signedOn)}`}</p>
                  {agreement.subject ? <p>{agreement.subject}</p> : null}
                  <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                    {`Срок: с ${formatCalendarDate(agreement.validFrom)}${agreement.validUntil ? ` по ${formatCalendarDate(agreement.validUntil)}` : ", бессрочно"}`}
                    <Badge tone={agreementInForce(agreement, today) ? "good" : "neutral"}>{agreementInForce(agreement, today) ? "действует" : agreement.validFrom > today ? "ещё не вступило в силу" : "истекло"}</Badge>
                  </p>
                  {agreement.file ? <a href={`${base}/agreements/${agreement.id}/file`}>{agreement.file.name}</a> : null}
                  {manages ? (
                    <form method="post" action={`${base}/agreements/${agreement.id}/file`} encType="multipart/form-data" className="mt-2 flex flex-wrap items-end gap-2">
                      <label className="sr-only" htmlFor={`agreement-file-${agreement.id}`}>{`Файл соглашения № ${agreement.number}`}</label>
                      <input id={`agreement-file-${agreement.id}`} name="document" type="file" accept={acceptAttribute(DOCUMENT_KINDS)} className={`${inputClass} max-w-xs`} />
                      <button type="submit" className={buttonClass("secondary")}>{agreement.file ? "Заменить файл" : "Приложить файл"}</button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {manages ? <AgreementForm slug={slug} partnerId={partner.id} /> : null}
        </Card>
        <Card title="Люди партнёра">
          {partner.people.length === 0 ? (
            <EmptyState>
              Пока никого. Представителя партнёра добавляют в «Люди» с категорией «Представитель работодателя» и выбирают эту организацию.
            </EmptyState>
          ) : (
            <ul className="space-y-2" data-testid="partner-people">
              {partner.people.map((person) => (
                <li key={person.id}>
                  <Link href={`/o/${slug}/people/${person.id}`}>{fullName(person)}</Link>
                  {person.position ? <span className="text-sm text-muted">{`, ${person.position}`}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {manages ? (
          <Card title="Изменить сведения" className="lg:col-span-2">
            <PartnerForm slug={slug} partner={partner} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
