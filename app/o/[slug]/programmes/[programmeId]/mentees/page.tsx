import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { menteeBase } from "@/lib/mentees/queries";
import { MENTEES_PAGE_SIZE, menteeListQuerySchema, type MenteeListQuery } from "@/lib/mentees/schemas";
import { MENTEE_STATUSES, MENTEE_STATUS_LABELS, REQUEST_TOPICS, REQUEST_TOPIC_KEYS, requestTopicLabel } from "@/lib/mentees/catalogue";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { addMenteeAction } from "@/lib/mentees/actions";
import { ageOn } from "@/lib/people/age";
import { fullName, todayIn } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { ActionButton } from "@/components/forms/action-button";

export const metadata: Metadata = { title: "База наставляемых" };

const MENTEES = ["наставляемый", "наставляемых", "наставляемых"] as const;

function listParams(query: MenteeListQuery) {
  return { q: query.q || undefined, status: query.status, topic: query.topic, className: query.className || undefined };
}

export default async function MenteeBasePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, programmeId } = await params;
  const ctx = await requireTenantPermission(slug, "mentees.view");
  if (!z.uuid().safeParse(programmeId).success) notFound();
  const query = menteeListQuerySchema.parse(await searchParams);
  const base = await menteeBase(ctx, programmeId, query);
  if (!base) notFound();
  const path = `/o/${slug}/programmes/${programmeId}/mentees`;
  const manages = can(ctx.membership.roles, "mentees.manage") && base.programme.status !== "COMPLETED";
  const today = todayIn(ctx.organisation.timeZone);
  return (
    <>
      <PageHeader
        title="База наставляемых"
        description={`${base.programme.title}, ${academicYearLabel(base.programme.academicYear)} учебный год. Кто ждёт наставника и с каким запросом; откуда запрос — от самого ученика, классного руководителя, психолога или родителей.`}
        actions={<Link href={`/o/${slug}/programmes/${programmeId}`} className={buttonClass("secondary")}>Дорожная карта</Link>}
      />
      <div className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="mentee-counts">
        {MENTEE_STATUSES.filter((status) => base.byStatus[status]).map((status) => (
          <span key={status} className="rounded-full border border-slate-300 bg-white px-3 py-1">{`${MENTEE_STATUS_LABELS[status]}: ${base.byStatus[status]}`}</span>
        ))}
      </div>
      {base.byTopic.length > 0 ? (
        <p className="mb-4 text-sm text-muted" data-testid="request-counts">
          {`Запросы: ${base.byTopic.map((entry) => `${requestTopicLabel(entry.topic)} — ${entry.mentees}`).join("; ")}`}
        </p>
      ) : null}
      {manages ? (
        <Card title="Добавить в базу" className="mb-6">
          <form method="get" className="flex flex-wrap items-end gap-3" role="search">
            <div className="min-w-56 flex-1">
              <label htmlFor="mentee-find" className="mb-1 block text-sm font-medium">ФИО обучающегося или педагога</label>
              <input id="mentee-find" name="find" defaultValue={query.find} maxLength={100} className={inputClass} />
            </div>
            <button type="submit" className={buttonClass("secondary")}>Найти</button>
          </form>
          {query.find ? (
            base.candidates.length === 0 ? (
              <p className="mt-3 text-sm text-muted">
                Никого не нашлось среди тех, кого ещё нет в базе. <Link href={`/o/${slug}/people/new`}>Добавить человека в списки</Link>.
              </p>
            ) : (
              <ul className="mt-4 space-y-2" data-testid="mentee-candidates">
                {base.candidates.map((person) => (
                  <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-2">
                    <span>{`${fullName(person)}${person.className ? `, ${person.className}` : ""}${person.birthDate ? `, ${ageOn(person.birthDate, today)} лет` : ""}`}</span>
                    <ActionButton action={addMenteeAction} fields={{ organisation: slug, programmeId, personId: person.id }} label={`В базу: ${person.lastName} ${person.firstName}`} />
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </Card>
      ) : null}
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" role="search">
        <div className="lg:col-span-2">
          <label htmlFor="mentees-q" className="mb-1 block text-sm font-medium">ФИО</label>
          <input id="mentees-q" name="q" defaultValue={query.q} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="mentees-status" className="mb-1 block text-sm font-medium">Статус</label>
          <select id="mentees-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Все</option>
            {MENTEE_STATUSES.map((status) => <option key={status} value={status}>{MENTEE_STATUS_LABELS[status]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="mentees-topic" className="mb-1 block text-sm font-medium">Запрос</label>
          <select id="mentees-topic" name="topic" defaultValue={query.topic ?? ""} className={inputClass}>
            <option value="">Любой</option>
            {REQUEST_TOPIC_KEYS.map((topic) => <option key={topic} value={topic}>{REQUEST_TOPICS[topic]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="mentees-class" className="mb-1 block text-sm font-medium">Класс</label>
          <input id="mentees-class" name="className" defaultValue={query.className} maxLength={20} placeholder="7А" className={inputClass} />
        </div>
        <div className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("secondary")}>Показать</button>
        </div>
      </form>
      {base.rows.length === 0 ? (
        <EmptyState>{base.total === 0 && !query.q && !query.status && !query.topic ? "В базе пока никого нет." : "Никого не найдено."}</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="mentee-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">ФИО</th>
                <th scope="col" className="px-4 py-3">Класс</th>
                <th scope="col" className="px-4 py-3">Запросы</th>
                <th scope="col" className="px-4 py-3">Статус</th>
              </tr>
            </thead>
            <tbody>
              {base.rows.map((mentee) => (
                <tr key={mentee.id} className="border-t border-slate-100 align-top">
                  <td className="px-4 py-3"><Link href={`${path}/${mentee.id}`}>{fullName(mentee.person)}</Link></td>
                  <td className="px-4 py-3" data-label="Класс">{mentee.person.className ?? "—"}</td>
                  <td className="px-4 py-3" data-label="Запросы">{mentee.requests.length > 0 ? mentee.requests.map((request) => requestTopicLabel(request.topic)).join("; ") : "не записаны"}</td>
                  <td className="px-4 py-3" data-label="Статус"><Badge tone={mentee.status === "WAITING" ? "warn" : "neutral"}>{MENTEE_STATUS_LABELS[mentee.status]}</Badge></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pageSize={MENTEES_PAGE_SIZE} total={base.total} basePath={path} params={listParams(query)} noun={MENTEES} />
    </>
  );
}
