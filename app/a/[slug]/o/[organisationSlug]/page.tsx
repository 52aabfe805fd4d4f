import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAuthority } from "@/lib/authorities/queries";
import { schoolProgress } from "@/lib/authorities/progress";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { ProgrammeState, RoadmapProgress } from "@/components/authorities/programme-state";

export const metadata: Metadata = { title: "Организация" };

/** One school as its authority sees it: the programme and the roadmap's progress by stage, no persons. */
export default async function AuthoritySchoolPage({ params }: { params: Promise<{ slug: string; organisationSlug: string }> }) {
  const { slug, organisationSlug } = await params;
  const ctx = await requireAuthority(slug);
  const school = await schoolProgress(ctx, organisationSlug);
  if (!school) notFound();
  const { organisation, programmes } = school;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/a/${slug}`} className="text-blue-800 underline">← Все организации</Link>
      </p>
      <PageHeader
        title={organisation.shortName}
        description={`${organisation.fullName}. ${ORGANISATION_KIND_LABELS[organisation.kind]}, ${organisation.locality}. Руководитель: ${organisation.directorName}.`}
      />
      {programmes.length === 0 ? (
        <EmptyState>Программы наставничества за этот и прошлый учебный год нет.</EmptyState>
      ) : (
        <div className="space-y-4">
          {programmes.map((programme) => (
            <Card key={programme.id} title={`${programme.title} (${academicYearLabel(programme.academicYear)})`}>
              <div className="space-y-2">
                <ProgrammeState programme={programme} />
                <RoadmapProgress {...programme} />
                {programme.stages.length > 0 ? (
                  <ol className="mt-3 space-y-2" data-testid="stage-progress">
                    {programme.stages.map((stage, index) => (
                      <li key={`${index}-${stage.title}`} className="border-t border-slate-100 pt-2">
                        <p className="text-sm font-medium">{index + 1}. {stage.title}</p>
                        <RoadmapProgress {...stage} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </div>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
