import Link from "next/link";
import type { RoadmapPageView } from "@/lib/roadmap/queries";
import { ACTIVITY_STATUS_LABELS, deadlineState, firstShown, isOpen, progressOf, STAGE_PAGE_SIZE } from "@/lib/roadmap/views";
import { mayChangeStatus } from "@/lib/roadmap/policy";
import { roleList } from "@/lib/access/roles";
import type { TenantMembership } from "@/lib/tenancy/context";
import { Badge } from "@/components/ui/layout";
import { ActivityStatusControl } from "@/components/roadmap/activity-status-control";
import { StageControls } from "@/components/roadmap/stage-controls";
import { ActivityMoveButtons } from "@/components/roadmap/activity-move-buttons";
import { PeriodBadge } from "@/components/roadmap/period-badge";
import { Pagination } from "@/components/ui/pagination";
import { formatCalendarDate } from "@/lib/dates/calendar-date";

/**
 * The roadmap as schools know it: Этап | Мероприятия | Результат | Сроки | Ответственные, plus
 * status; on a phone each activity is a card. A row carries one control, its status; the order of
 * stages and activities is changed in the editing mode (`editing`), so a roadmap of hundreds of
 * activities is not hundreds of forms.
 */
export function RoadmapTable({
  slug,
  roadmap,
  today,
  membership,
  editing,
}: {
  slug: string;
  /** A long roadmap comes with one stage's page of activities (`opening`); the others are their header rows. */
  roadmap: RoadmapPageView;
  today: string;
  membership: TenantMembership;
  editing: boolean;
}) {
  const { opening } = roadmap;
  const base = `/o/${slug}/programmes/${roadmap.programme.id}`;
  return (
    <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
      <table className="card-table w-full text-left text-sm md:min-w-[56rem]" data-testid="roadmap-table">
        <thead className="bg-slate-50 text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="w-14 px-3 py-3">№</th>
            <th scope="col" className="px-3 py-3">Мероприятия</th>
            <th scope="col" className="px-3 py-3">Результат</th>
            <th scope="col" className="px-3 py-3">Сроки</th>
            <th scope="col" className="px-3 py-3">Ответственные</th>
            <th scope="col" className="w-44 px-3 py-3">Статус</th>
          </tr>
        </thead>
        {roadmap.stages.map((stage, stageIndex) => {
          const progress = progressOf(stage.outline);
          const open = isOpen(opening, stage.id);
          const first = firstShown(opening, stage.id);
          return (
            <tbody key={stage.id} data-testid="roadmap-stage">
              <tr className="border-t-2 border-slate-300 bg-brand-50">
                <th scope="rowgroup" colSpan={6} className="px-3 py-2 text-left">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-semibold">
                      {stageIndex + 1}. {stage.title}
                    </span>
                    <span className="flex items-center gap-3 text-xs font-normal text-muted">
                      <span>
                        выполнено {progress.done} из {progress.total} ({progress.percent}%)
                      </span>
                      {open ? null : (
                        <Link href={`${base}?stage=${stage.id}`} className="font-medium" data-testid="open-stage">
                          Показать мероприятия ({stage.outline.length})
                        </Link>
                      )}
                      {editing ? <StageControls slug={slug} stage={stage} /> : null}
                    </span>
                  </div>
                </th>
              </tr>
              {stage.activities.map((activity, shownIndex) => {
                const index = first + shownIndex;
                const state = deadlineState(activity, today);
                const mayUpdate = mayChangeStatus(membership, activity, roadmap.programme);
                return (
                  <tr
                    key={activity.id}
                    data-testid="roadmap-activity"
                    data-deadline={state ?? undefined}
                    className={`border-t border-slate-100 align-top ${state === "overdue" ? "bg-red-50" : state === "due-this-week" ? "bg-amber-50" : ""}`}
                  >
                    <td className="px-3 py-2 max-md:text-xs max-md:text-muted">
                      {stageIndex + 1}.{index + 1}
                      {editing ? <ActivityMoveButtons slug={slug} activityId={activity.id} /> : null}
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`${base}/activities/${activity.id}`} className="font-medium">
                        {activity.title}
                      </Link>
                      {activity.evidence.length > 0 ? (
                        <p className="mt-1 text-xs text-muted">Подтверждения: {activity.evidence.map((e) => e.title).join("; ")}</p>
                      ) : null}
                      {activity.commentCount > 0 ? <p className="text-xs text-muted">Комментариев: {activity.commentCount}</p> : null}
                    </td>
                    <td className="px-3 py-2" data-label="Результат">{activity.expectedResult ?? "—"}</td>
                    <td className="px-3 py-2" data-label="Сроки">
                      <span className="block">{activity.periodText || "—"}</span>
                      <PeriodBadge activity={activity} />
                      {state === "overdue" ? <Badge tone="bad">просрочено</Badge> : null}
                      {state === "due-this-week" ? <Badge tone="warn">срок на этой неделе</Badge> : null}
                    </td>
                    <td className="px-3 py-2" data-label="Ответственные">
                      {activity.responsibleText || roleList(activity.responsibleRoles) || "—"}
                      {activity.responsibleNames.length > 0 ? <span className="block text-xs text-muted">{activity.responsibleNames.join(", ")}</span> : null}
                    </td>
                    <td className="px-3 py-2" data-label="Статус">
                      {mayUpdate && !editing ? (
                        <ActivityStatusControl slug={slug} activityId={activity.id} status={activity.status} label={activity.title} />
                      ) : (
                        ACTIVITY_STATUS_LABELS[activity.status]
                      )}
                      {activity.completedOn ? <span className="block text-xs text-muted">выполнено {formatCalendarDate(activity.completedOn)}</span> : null}
                    </td>
                  </tr>
                );
              })}
              {open && !opening.all && opening.pages > 1 ? (
                <tr className="border-t border-slate-100">
                  <td colSpan={6} className="px-3">
                    <Pagination
                      page={opening.page}
                      pageSize={STAGE_PAGE_SIZE}
                      total={stage.outline.length}
                      basePath={base}
                      params={{ stage: stage.id }}
                      noun={["мероприятие", "мероприятия", "мероприятий"]}
                    />
                  </td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
