import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { getActivityPage } from "@/lib/roadmap/activity-queries";
import { ACTIVITY_STATUS_LABELS } from "@/lib/roadmap/views";
import { ACTIVITY_REFUSALS } from "@/lib/roadmap/policy";
import { mayChangeRoadmap } from "@/lib/programmes/policy";
import { formatDateTime, todayIn } from "@/lib/i18n/format";
import { formatCalendarDate, isoDay } from "@/lib/dates/calendar-date";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { EditActivityForm } from "@/components/roadmap/activity-form";
import { ActivityStatusControl } from "@/components/roadmap/activity-status-control";
import { AddComment, AddLinkEvidence, AddOrderEvidence, RemoveEvidence } from "@/components/roadmap/evidence-forms";
import { UploadEvidence } from "@/components/roadmap/upload-evidence";
import { RemoveActivityButton } from "@/components/roadmap/remove-activity-button";

export const metadata: Metadata = { title: "Мероприятие" };

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programmeId: string; activityId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, programmeId, activityId } = await params;
  const { upload } = await searchParams;
  const ctx = await requireTenantPermission(slug, "programmes.view");
  const ids = z.object({ programmeId: z.uuid(), activityId: z.uuid() }).safeParse({ programmeId, activityId });
  const page = ids.success ? await getActivityPage(ctx, ids.data.programmeId, ids.data.activityId) : null;
  if (!page) notFound();
  const { activity, rights, stages, staff, orders } = page;
  const zone = ctx.organisation.timeZone;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${slug}/programmes/${programmeId}`}>← {activity.programme.title}</Link>
      </p>
      <PageHeader title={activity.title} description={`Этап: ${activity.stage.title} · Сроки: ${activity.periodText || "не указаны"}${activity.periodKind === "UNRECOGNISED" ? " (срок не распознан)" : ""} · ${ACTIVITY_STATUS_LABELS[activity.status]}`} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          {rights.edit ? (
            <Card title="Мероприятие">
              <EditActivityForm slug={slug} activity={activity} stages={stages} staff={staff} />
              <div className="mt-6 border-t border-slate-200 pt-4">
                <RemoveActivityButton slug={slug} activityId={activity.id} roadmapPath={`/o/${slug}/programmes/${programmeId}`} />
              </div>
            </Card>
          ) : (
            <Card title="Мероприятие">
              <p>{activity.description ?? "Описания нет."}</p>
              <p className="mt-2 text-sm text-muted">Результат: {activity.expectedResult ?? "—"}</p>
            </Card>
          )}
          <Card title="Комментарии">
            {activity.comments.length === 0 ? (
              <EmptyState>Комментариев пока нет.</EmptyState>
            ) : (
              <ul className="space-y-3">
                {activity.comments.map((comment) => (
                  <li key={comment.id} className="rounded border border-slate-200 p-3 text-sm">
                    <p className="text-xs text-muted">
                      {comment.author}, {formatDateTime(comment.createdAt, zone)}
                    </p>
                    <p className="whitespace-pre-line">{comment.text}</p>
                  </li>
                ))}
              </ul>
            )}
            {rights.comment ? (
              <div className="mt-4">
                <AddComment slug={slug} activityId={activity.id} />
              </div>
            ) : null}
          </Card>
        </div>
        <aside className="space-y-4">
          <Card title="Статус">
            {rights.changeStatus ? (
              <ActivityStatusControl
                slug={slug}
                activityId={activity.id}
                status={activity.status}
                label={activity.title}
                completedOn={activity.completedOn ? isoDay(activity.completedOn) : todayIn(zone)}
              />
            ) : (
              <>
                <p>{ACTIVITY_STATUS_LABELS[activity.status]}</p>
                {mayChangeRoadmap(activity.programme) ? (
                  <p className="mt-2 text-sm text-muted" data-testid="status-refusal">
                    {ACTIVITY_REFUSALS.status}
                  </p>
                ) : null}
              </>
            )}
            {activity.completedOn ? <p className="mt-2 text-sm text-muted">Выполнено {formatCalendarDate(activity.completedOn)}</p> : null}
          </Card>
          <Card title="Подтверждения">
            {activity.evidence.length === 0 ? (
              <p className="text-sm text-muted">Приказов и документов пока нет.</p>
            ) : (
              <ul className="space-y-2 text-sm" data-testid="activity-evidence">
                {activity.evidence.map((evidence) => (
                  <li key={evidence.id} className="flex items-start justify-between gap-2">
                    {evidence.orderId ? (
                      <Link href={`/o/${slug}/orders/${evidence.orderId}`}>{evidence.title}</Link>
                    ) : evidence.fileId ? (
                      <a href={`/o/${slug}/evidence/${evidence.id}/file`}>{evidence.title}</a>
                    ) : evidence.url ? (
                      <a href={evidence.url} rel="noopener noreferrer" target="_blank">
                        {evidence.title}
                      </a>
                    ) : (
                      <span>{evidence.title}</span>
                    )}
                    {rights.edit ? <RemoveEvidence slug={slug} evidenceId={evidence.id} /> : null}
                  </li>
                ))}
              </ul>
            )}
            {rights.addEvidence ? (
              <div className="mt-4 space-y-4 border-t border-slate-200 pt-4">
                <AddOrderEvidence
                  slug={slug}
                  activityId={activity.id}
                  orders={orders.map((o) => ({ id: o.id, label: `№ ${o.number ?? ""} от ${o.signedOn ? formatCalendarDate(o.signedOn) : ""} ${o.title}` }))}
                />
                <AddLinkEvidence slug={slug} activityId={activity.id} />
                <UploadEvidence action={`/o/${slug}/programmes/${programmeId}/activities/${activity.id}/evidence`} notice={typeof upload === "string" ? upload : undefined} />
              </div>
            ) : null}
          </Card>
        </aside>
      </div>
    </>
  );
}
