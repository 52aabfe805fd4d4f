import type { Metadata } from "next";
import Link from "next/link";
import { requireAuthority } from "@/lib/authorities/queries";
import { authorityProgress, currentAcademicYear, SCHOOL_VIEWS, SCHOOLS_PAGE_SIZE, schoolFilterSchema } from "@/lib/authorities/progress";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { countRu } from "@/lib/i18n/format";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { ProgrammeState, RoadmapProgress } from "@/components/authorities/programme-state";

export const metadata: Metadata = { title: "Организации" };

const SCHOOLS = ["организация", "организации", "организаций"] as const;

export default async function AuthorityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireAuthority(slug);
  const filter = schoolFilterSchema.parse(await searchParams);
  const year = currentAcademicYear();
  const { summary, schools, matching } = await authorityProgress(ctx, filter, year);
  return (
    <>
      <PageHeader
        title="Подведомственные организации"
        description={`${ctx.authority.name}: ${countRu(summary.schools, SCHOOLS)}. Наставничество в ${academicYearLabel(year)} учебном году.`}
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="authority-summary">
        {[
          ["Организаций", summary.schools],
          ["Программа утверждена", summary.approved],
          ["Программы нет", summary.withoutProgramme],
          ["Есть просроченные мероприятия", summary.withOverdue],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-3 sm:items-end">
        <div>
          <label htmlFor="schools-q" className="mb-1 block text-sm font-medium">Название или населённый пункт</label>
          <input id="schools-q" name="q" defaultValue={filter.q} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="schools-view" className="mb-1 block text-sm font-medium">Показать</label>
          <select id="schools-view" name="view" defaultValue={filter.view} className={inputClass}>
            {Object.entries(SCHOOL_VIEWS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className={buttonClass("secondary")}>Показать</button>
        </div>
      </form>
      {schools.length === 0 ? (
        <EmptyState>{summary.schools === 0 ? "Организаций пока нет." : "Под выбранные условия не подходит ни одна организация."}</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <table className="card-table w-full text-left text-sm" data-testid="authority-schools">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Организация</th>
                <th scope="col" className="px-4 py-3">Программа</th>
                <th scope="col" className="px-4 py-3">Дорожная карта</th>
              </tr>
            </thead>
            <tbody>
              {schools.map((school) => (
                <tr key={school.id} className="border-t border-slate-100 align-top">
                  <td className="px-4 py-3">
                    <Link href={`/a/${slug}/o/${school.slug}`} className="font-medium text-blue-800 underline">{school.shortName}</Link>
                    <span className="block text-muted">{`${ORGANISATION_KIND_LABELS[school.kind]}, ${school.locality}`}</span>
                  </td>
                  <td className="px-4 py-3">
                    <ProgrammeState programme={school.programme} />
                  </td>
                  <td className="px-4 py-3">{school.programme ? <RoadmapProgress {...school.programme} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={filter.page}
        pageSize={SCHOOLS_PAGE_SIZE}
        total={matching}
        basePath={`/a/${slug}`}
        params={{ q: filter.q || undefined, view: filter.view === "all" ? undefined : filter.view }}
        noun={SCHOOLS}
      />
    </>
  );
}
