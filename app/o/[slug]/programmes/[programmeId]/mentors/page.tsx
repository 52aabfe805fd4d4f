import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { mentorBase } from "@/lib/mentors/queries";
import { mentorListQuerySchema } from "@/lib/mentors/schemas";
import { MENTOR_DOCUMENT_LABELS, MENTOR_STATUS_LABELS } from "@/lib/mentors/labels";
import { addCandidateAction } from "@/lib/mentors/actions";
import { PERSON_CATEGORY_LABELS } from "@/lib/people/labels";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { fullName } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { ActionButton } from "@/components/forms/action-button";

export const metadata: Metadata = { title: "База наставников" };

export default async function MentorBasePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, programmeId } = await params;
  const ctx = await requireTenantPermission(slug, "mentors.view");
  if (!z.uuid().safeParse(programmeId).success) notFound();
  const query = mentorListQuerySchema.parse(await searchParams);
  const base = await mentorBase(ctx, programmeId, query);
  if (!base) notFound();
  const path = `/o/${slug}/programmes/${programmeId}/mentors`;
  const manages = can(ctx.membership.roles, "mentors.manage") && base.programme.status !== "COMPLETED";
  const expiring = base.rows.flatMap((row) => row.expiring.map((document) => ({ row, document })));
  const registry = base.rows.filter((row) => row.appointedBy);
  const recommended = base.rows.filter((row) => row.status === "SELECTED").length;
  return (
    <>
      <PageHeader
        title="База наставников"
        description={`${base.programme.title}, ${academicYearLabel(base.programme.academicYear)} учебный год. Кандидаты, их критерии и документы; назначение наставником — приказом руководителя после отбора.`}
        actions={<Link href={`/o/${slug}/programmes/${programmeId}`} className={buttonClass("secondary")}>Дорожная карта</Link>}
      />
      {expiring.length > 0 ? (
        <section aria-labelledby="expiring" className="mb-6 rounded-md border border-amber-600 bg-amber-50 p-4 text-sm text-amber-950" data-testid="expiring-documents">
          <h2 id="expiring" className="mb-2 font-semibold">Документы истекают в ближайшие 30 дней</h2>
          <ul className="list-disc space-y-1 pl-5">
            {expiring.map(({ row, document }) => (
              <li key={`${row.id}:${document.kind}`}>{`${fullName(row.person)}: ${MENTOR_DOCUMENT_LABELS[document.kind].toLowerCase()} — до ${formatCalendarDate(document.validUntil)}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Card title={`Реестр наставников (${registry.length})`} className="mb-6">
        {registry.length === 0 ? (
          <p className="text-sm text-muted">Наставников назначают приказом «О назначении наставников» из рекомендованных комиссией по отбору.</p>
        ) : (
          <ul className="space-y-1" data-testid="mentor-registry">
            {registry.map((row) => (
              <li key={row.id}>{`${fullName(row.person)} — приказ от ${row.appointedBy?.signedOn ? formatCalendarDate(row.appointedBy.signedOn) : "—"} № ${row.appointedBy?.number ?? ""}`}</li>
            ))}
          </ul>
        )}
        {recommended > 0 && manages ? (
          <p className="mt-3 text-sm">
            {`Рекомендованы комиссией и ждут приказа: ${recommended}. `}
            <Link href={`/o/${slug}/orders/new`}>Подготовить приказ «О назначении наставников»</Link>
          </p>
        ) : null}
      </Card>
      {manages ? (
        <Card title="Добавить в базу" className="mb-6">
          <form method="get" className="flex flex-wrap items-end gap-3" role="search">
            <div className="min-w-56 flex-1">
              <label htmlFor="mentor-find" className="mb-1 block text-sm font-medium">ФИО педагога, выпускника, родителя, представителя партнёра</label>
              <input id="mentor-find" name="find" defaultValue={query.find} maxLength={100} className={inputClass} />
            </div>
            <button type="submit" className={buttonClass("secondary")}>Найти</button>
          </form>
          {query.find ? (
            base.candidates.length === 0 ? (
              <p className="mt-3 text-sm text-muted">Никого не нашлось. <Link href={`/o/${slug}/people/new`}>Добавить человека в списки</Link>.</p>
            ) : (
              <ul className="mt-4 space-y-2" data-testid="mentor-candidates">
                {base.candidates.map((person) => (
                  <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-2">
                    <span>{`${fullName(person)}, ${PERSON_CATEGORY_LABELS[person.category].toLowerCase()}${person.partnerName ? `, ${person.partnerName}` : ""}`}</span>
                    <ActionButton action={addCandidateAction} fields={{ organisation: slug, programmeId, personId: person.id }} label={`В базу наставников: ${person.lastName} ${person.firstName}`} />
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </Card>
      ) : null}
      {base.rows.length === 0 ? (
        <EmptyState>В базе наставников пока никого нет.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="mentor-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">ФИО</th>
                <th scope="col" className="px-4 py-3">Кто</th>
                <th scope="col" className="px-4 py-3">Компетенции</th>
                <th scope="col" className="px-4 py-3">Документы</th>
                <th scope="col" className="px-4 py-3">Статус</th>
              </tr>
            </thead>
            <tbody>
              {base.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100 align-top">
                  <td className="px-4 py-3"><Link href={`${path}/${row.id}`}>{fullName(row.person)}</Link></td>
                  <td className="px-4 py-3" data-label="Кто">{[PERSON_CATEGORY_LABELS[row.person.category], row.person.partnerName ?? row.person.position].filter(Boolean).join(", ")}</td>
                  <td className="px-4 py-3" data-label="Компетенции">{row.competencies.join(", ") || "—"}</td>
                  <td className="px-4 py-3" data-label="Документы">
                    {row.problems.length === 0 ? <Badge tone="good">в порядке</Badge> : <Badge tone="bad">{row.problems.join("; ")}</Badge>}
                  </td>
                  <td className="px-4 py-3" data-label="Статус">{MENTOR_STATUS_LABELS[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
