import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getRoadmap, oneStageAtATime } from "@/lib/roadmap/queries";
import { programmeFormOptions } from "@/lib/programmes/queries";
import { academicYearLabel, MEETING_FREQUENCY_LABELS, PROGRAMME_STATUS_LABELS } from "@/lib/programmes/academic-year";
import { deadlineState, progressOf } from "@/lib/roadmap/views";
import { mayEditRoadmap } from "@/lib/roadmap/policy";
import { mayChangeParameters, mayComplete, mayBeApproved } from "@/lib/programmes/policy";
import { todayIn } from "@/lib/i18n/format";
import { Badge, Card, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { RoadmapTable } from "@/components/roadmap/roadmap-table";
import { RoadmapTimeline } from "@/components/roadmap/roadmap-timeline";
import { AddStageForm } from "@/components/roadmap/add-stage-form";
import { AddActivityForm } from "@/components/roadmap/activity-form";
import { ProgrammeParamsForm } from "@/components/programmes/programme-params-form";
import { CompleteProgrammeButton } from "@/components/programmes/complete-programme-button";
import { formatCalendarDate } from "@/lib/dates/calendar-date";

export const metadata: Metadata = { title: "Дорожная карта" };

export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, programmeId } = await params;
  const query = await searchParams;
  const view = query.view === "timeline" ? "timeline" : "table";
  const ctx = await requireTenantPermission(slug, "programmes.view");
  const id = z.uuid().safeParse(programmeId);
  const asked = { stage: typeof query.stage === "string" ? query.stage : undefined, page: Number(query.page) || undefined };
  // The table of a long roadmap reads only the activities it shows; editing and the timeline need all.
  const paged = view === "table" && query.edit !== "1";
  const roadmap = id.success ? await getRoadmap(ctx, id.data, paged ? oneStageAtATime(asked) : undefined) : null;
  if (!roadmap) notFound();
  const { programme } = roadmap;
  const today = todayIn(ctx.organisation.timeZone);
  const canEdit = mayEditRoadmap(ctx.membership, programme);
  const editing = canEdit && view === "table" && (query.edit === "1" || roadmap.stages.length === 0);
  const manage = can(ctx.membership.roles, "programmes.manage");
  const showParams = manage && mayChangeParameters(programme);
  const options = editing || showParams ? await programmeFormOptions(ctx) : null;
  const all = roadmap.stages.flatMap((stage) => stage.outline);
  const overall = progressOf(all);
  const overdue = all.filter((a) => deadlineState(a, today) === "overdue").length;
  const thisWeek = all.filter((a) => deadlineState(a, today) === "due-this-week").length;
  const base = `/o/${slug}/programmes/${programme.id}`;
  const { opening } = roadmap;
  return (
    <>
      <PageHeader
        title={programme.title}
        description={`${academicYearLabel(programme.academicYear)} учебный год · ${formatCalendarDate(programme.startsOn)} – ${formatCalendarDate(programme.endsOn)}`}
        actions={
          <>
            {can(ctx.membership.roles, "mentees.view") ? (
              <Link href={`${base}/mentees`} className={buttonClass("secondary")}>
                База наставляемых
              </Link>
            ) : null}
            {can(ctx.membership.roles, "mentors.view") ? (
              <Link href={`${base}/mentors`} className={buttonClass("secondary")}>
                База наставников
              </Link>
            ) : null}
            <a href={`${base}/export/docx`} className={buttonClass("secondary")}>
              Скачать .docx
            </a>
            <a href={`${base}/export/xlsx`} className={buttonClass("secondary")}>
              Скачать .xlsx
            </a>
            {canEdit ? (
              <Link href={`${base}/import`} className={buttonClass("secondary")}>
                Загрузить из Excel
              </Link>
            ) : null}
          </>
        }
      />
      <div className="mb-6 grid gap-4 lg:grid-cols-3">
        <Card title="Статус">
          <p>
            <Badge tone={programme.status === "APPROVED" ? "good" : programme.status === "DRAFT" ? "warn" : "neutral"}>{PROGRAMME_STATUS_LABELS[programme.status]}</Badge>
          </p>
          {programme.approvedBy ? (
            <p className="mt-2 text-sm">
              Утверждена{" "}
              <Link href={`/o/${slug}/orders/${programme.approvedBy.id}`}>
                приказом от {programme.approvedBy.signedOn ? formatCalendarDate(programme.approvedBy.signedOn) : ""} № {programme.approvedBy.number}
              </Link>
            </p>
          ) : null}
          {mayComplete(programme) && can(ctx.membership.roles, "programmes.complete") ? (
            <div className="mt-3">
              <CompleteProgrammeButton slug={slug} programmeId={programme.id} />
            </div>
          ) : null}
          {mayBeApproved(programme) && can(ctx.membership.roles, "orders.draft") ? (
            <p className="mt-2 text-sm text-muted">
              Утверждается приказом руководителя: <Link href={`/o/${slug}/orders/new`}>подготовить проект приказа</Link>.
            </p>
          ) : null}
        </Card>
        <Card title="Выполнение">
          <p className="text-2xl font-semibold" data-testid="programme-progress">
            {overall.percent}%
          </p>
          <p className="text-sm text-muted">
            выполнено {overall.done} из {overall.total}; просрочено: {overdue}; срок на этой неделе: {thisWeek}
          </p>
        </Card>
        <Card title="Параметры">
          <ul className="space-y-1 text-sm">
            <li>Куратор: {programme.curatorName ?? "не назначен"}</li>
            <li>Наставляемых на наставника: {programme.menteesPerMentor}</li>
            <li>Срок работы пары: до {programme.maxPairMonths} мес.</li>
            <li>Встречи: {MEETING_FREQUENCY_LABELS[programme.meetingFrequency]}</li>
            <li>Формы: {programme.forms.map((f) => `«${f.title}»`).join(", ") || "не выбраны"}</li>
          </ul>
        </Card>
      </div>
      <nav aria-label="Вид дорожной карты" className="mb-4 flex flex-wrap gap-2">
        <Link href={base} aria-current={view === "table" ? "page" : undefined} className={buttonClass(view === "table" ? "primary" : "secondary")}>
          Таблица
        </Link>
        <Link href={`${base}?view=timeline`} aria-current={view === "timeline" ? "page" : undefined} className={buttonClass(view === "timeline" ? "primary" : "secondary")}>
          График по месяцам
        </Link>
        {canEdit && view === "table" ? (
          <Link href={editing ? base : `${base}?edit=1`} className={`${buttonClass("secondary")} sm:ml-auto`}>
            {editing ? "Готово" : "Изменить состав и порядок"}
          </Link>
        ) : null}
      </nav>
      {view === "table" && !opening.all ? (
        <p className="mb-3 text-sm text-muted" data-testid="stages-one-at-a-time">
          В дорожной карте {all.length} мероприятий: этапы открываются по одному — нажмите «Показать мероприятия» у этапа.{" "}
          <Link href={`${base}?stage=all`}>Показать все этапы сразу</Link>
        </p>
      ) : null}
      {view === "table" ? (
        <RoadmapTable slug={slug} roadmap={roadmap} today={today} membership={ctx.membership} editing={editing} />
      ) : (
        <RoadmapTimeline roadmap={roadmap} today={today} />
      )}
      {editing && options ? (
        <Card className="mt-6">
          <div className="space-y-6">
            {roadmap.stages.length > 0 ? <AddActivityForm slug={slug} stages={roadmap.stages} staff={options.staff} /> : null}
            <AddStageForm slug={slug} programmeId={programme.id} />
          </div>
        </Card>
      ) : null}
      {showParams && options ? (
        <Card title="Параметры программы" className="mt-6">
          <ProgrammeParamsForm slug={slug} programme={programme} staff={options.staff} forms={options.forms} />
        </Card>
      ) : null}
    </>
  );
}
