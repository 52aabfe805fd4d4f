import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getCandidate } from "@/lib/mentors/queries";
import { MENTOR_DOCUMENT_LABELS, MENTOR_STATUS_LABELS } from "@/lib/mentors/labels";
import { needsDocuments } from "@/lib/mentors/policy";
import { PERSON_CATEGORY_LABELS } from "@/lib/people/labels";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { fullName, todayIn } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { CriteriaForm, DecisionForm, DocumentForm, TrainingForm } from "@/components/mentors/mentor-forms";

export const metadata: Metadata = { title: "Кандидат в наставники" };

export default async function CandidatePage({ params }: { params: Promise<{ slug: string; programmeId: string; candidateId: string }> }) {
  const { slug, programmeId, candidateId } = await params;
  const ctx = await requireTenantPermission(slug, "mentors.view");
  if (!z.uuid().safeParse(candidateId).success) notFound();
  const candidate = await getCandidate(ctx, candidateId);
  if (!candidate || candidate.programme.id !== programmeId) notFound();
  const manages = can(ctx.membership.roles, "mentors.manage") && candidate.programme.status !== "COMPLETED";
  const { person } = candidate;
  const today = todayIn(ctx.organisation.timeZone);
  return (
    <>
      <PageHeader
        title={fullName(person)}
        description={[PERSON_CATEGORY_LABELS[person.category], person.partnerName ?? person.position, MENTOR_STATUS_LABELS[candidate.status]].filter(Boolean).join(" · ")}
        actions={<Link href={`/o/${slug}/programmes/${programmeId}/mentors`} className={buttonClass("secondary")}>База наставников</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Отбор и назначение">
          <p className="mb-3" data-testid="mentor-status">
            {candidate.appointedBy
              ? `Назначен наставником приказом от ${candidate.appointedBy.signedOn ? formatCalendarDate(candidate.appointedBy.signedOn) : "—"} № ${candidate.appointedBy.number ?? ""}: в реестре наставников.`
              : `${MENTOR_STATUS_LABELS[candidate.status]}${candidate.decision.decidedOn ? ` (решение комиссии от ${formatCalendarDate(candidate.decision.decidedOn)}${candidate.decision.note ? `, ${candidate.decision.note}` : ""})` : ""}.`}
          </p>
          {manages && !candidate.appointedBy && candidate.status !== "WITHDRAWN" ? (
            <>
              <DecisionForm slug={slug} candidateId={candidate.id} decision={candidate.decision} />
              <p className="mt-3 text-sm text-muted">Назначает наставником приказ «О назначении наставников»: в него войдут рекомендованные комиссией, и при подписании система проверит их документы.</p>
            </>
          ) : null}
        </Card>
        <Card title="Документы для работы с несовершеннолетними">
          {needsDocuments(person, today) ? (
            candidate.problems.length === 0 ? (
              <p className="mb-3"><Badge tone="good">документы в порядке</Badge></p>
            ) : (
              <ul className="mb-3 list-disc pl-5 text-sm text-red-900" data-testid="document-problems">
                {candidate.problems.map((problem) => <li key={problem}>{problem}</li>)}
              </ul>
            )
          ) : (
            <p className="mb-3 text-sm text-muted">Не требуются: {person.category === "TEACHER" ? "педагог — работник организации" : "наставник — обучающийся"}.</p>
          )}
          {person.documents.length === 0 ? null : (
            <ul className="mb-4 space-y-1 text-sm" data-testid="mentor-documents">
              {person.documents.map((document) => (
                <li key={document.id}>{`${MENTOR_DOCUMENT_LABELS[document.kind]}${document.number ? ` № ${document.number}` : ""}: выдан ${formatCalendarDate(document.issuedOn)}${document.validUntil ? `, действителен до ${formatCalendarDate(document.validUntil)}` : ""}`}</li>
              ))}
            </ul>
          )}
          {manages ? <DocumentForm slug={slug} candidateId={candidate.id} personId={person.id} /> : null}
        </Card>
        <Card title="Обучение">
          {candidate.trainings.length === 0 ? (
            <EmptyState>Обучение не записано.</EmptyState>
          ) : (
            <ul className="mb-4 space-y-1 text-sm" data-testid="mentor-trainings">
              {candidate.trainings.map((training) => (
                <li key={training.id}>{`${training.course}, ${training.hours} ч.${training.completedOn ? `, окончил ${formatCalendarDate(training.completedOn)}` : ""}${training.certificate ? `, ${training.certificate}` : ""}`}</li>
              ))}
            </ul>
          )}
          {manages ? <TrainingForm slug={slug} candidateId={candidate.id} /> : null}
        </Card>
        <Card title="Критерии отбора, заявление, портфолио" className="lg:col-span-2">
          {manages ? (
            <CriteriaForm slug={slug} candidate={candidate} programmeForms={candidate.programme.forms} />
          ) : (
            <dl className="space-y-2 text-sm">
              <dt className="text-muted">Компетенции</dt>
              <dd>{candidate.criteria.competencies.join(", ") || "—"}</dd>
              <dt className="text-muted">Заявление</dt>
              <dd>{candidate.criteria.appliedOn ? `получено ${formatCalendarDate(candidate.criteria.appliedOn)}` : "—"}</dd>
            </dl>
          )}
        </Card>
      </div>
    </>
  );
}
