import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getMentee } from "@/lib/mentees/queries";
import { MENTEE_STATUS_LABELS, REQUEST_SOURCE_LABELS, requestTopicLabel } from "@/lib/mentees/catalogue";
import { INTAKE_FIELDS, type IntakeField } from "@/lib/mentees/intake";
import { defaultRequestSource, mayRecordRequest } from "@/lib/mentees/policy";
import { removeRequestAction } from "@/lib/mentees/actions";
import { ageOn } from "@/lib/people/age";
import { formatDate, fullName, todayIn } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { ActionButton } from "@/components/forms/action-button";
import { IntakeForm, MenteeStatusForm, RequestForm } from "@/components/mentees/mentee-forms";

export const metadata: Metadata = { title: "Наставляемый" };

export default async function MenteePage({ params }: { params: Promise<{ slug: string; programmeId: string; menteeId: string }> }) {
  const { slug, programmeId, menteeId } = await params;
  const ctx = await requireTenantPermission(slug, "mentees.view");
  if (!z.uuid().safeParse(menteeId).success) notFound();
  const mentee = await getMentee(ctx, menteeId);
  if (!mentee || mentee.programme.id !== programmeId) notFound();
  const open = mentee.programme.status !== "COMPLETED";
  const records = open && can(ctx.membership.roles, "mentees.request") && mayRecordRequest(ctx, mentee.person);
  const manages = open && can(ctx.membership.roles, "mentees.manage");
  const zone = ctx.organisation.timeZone;
  const { person } = mentee;
  const answered = (Object.keys(INTAKE_FIELDS) as IntakeField[]).filter((field) => mentee.intake[field]);
  return (
    <>
      <PageHeader
        title={fullName(person)}
        description={[person.className ? `класс ${person.className}` : null, person.birthDate ? `${ageOn(person.birthDate, todayIn(zone))} лет` : null, mentee.programme.title].filter(Boolean).join(" · ")}
        actions={
          <>
            <Link href={`/o/${slug}/programmes/${programmeId}/mentees`} className={buttonClass("secondary")}>База наставляемых</Link>
            {can(ctx.membership.roles, "people.view") ? <Link href={`/o/${slug}/people/${person.id}`} className={buttonClass("secondary")}>Карточка человека</Link> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Запросы">
          {mentee.requests.length === 0 ? (
            <EmptyState>Запросов пока нет.</EmptyState>
          ) : (
            <ul className="mb-4 space-y-3" data-testid="mentee-requests">
              {mentee.requests.map((request) => (
                <li key={request.id} className="border-b border-slate-100 pb-3">
                  <p className="font-medium">{requestTopicLabel(request.topic)}</p>
                  {request.details ? <p>{request.details}</p> : null}
                  <p className="text-sm text-muted">{`Откуда: ${REQUEST_SOURCE_LABELS[request.source]}; записал${request.recordedBy ? ` ${request.recordedBy}` : "и"} ${formatDate(request.createdAt, zone)}`}</p>
                  {records ? <ActionButton action={removeRequestAction} fields={{ organisation: slug, requestId: request.id }} label="Удалить запрос" /> : null}
                </li>
              ))}
            </ul>
          )}
          {records ? <RequestForm slug={slug} menteeId={mentee.id} source={defaultRequestSource(ctx)} /> : null}
        </Card>
        <Card title="Статус">
          <p className="mb-3"><Badge tone={mentee.status === "WAITING" ? "warn" : "neutral"}>{MENTEE_STATUS_LABELS[mentee.status]}</Badge></p>
          {manages ? <MenteeStatusForm slug={slug} menteeId={mentee.id} status={mentee.status} /> : null}
        </Card>
        <Card title="Анкета наставляемого" className="lg:col-span-2">
          {records ? (
            <IntakeForm slug={slug} menteeId={mentee.id} intake={mentee.intake} />
          ) : answered.length === 0 ? (
            <EmptyState>Анкета не заполнена.</EmptyState>
          ) : (
            <dl className="space-y-2">
              {answered.map((field) => (
                <div key={field}>
                  <dt className="text-sm text-muted">{INTAKE_FIELDS[field]}</dt>
                  <dd>{mentee.intake[field]}</dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
      </div>
    </>
  );
}
