import type { Metadata } from "next";
import { requireAuthority, supervisedOrganisations } from "@/lib/authorities/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { countRu } from "@/lib/i18n/format";
import { EmptyState, PageHeader } from "@/components/ui/layout";

export const metadata: Metadata = { title: "Организации" };

export default async function AuthorityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireAuthority(slug);
  const organisations = await supervisedOrganisations(ctx);
  return (
    <>
      <PageHeader
        title="Подведомственные организации"
        description={`${ctx.authority.name}: ${countRu(organisations.length, ["организация", "организации", "организаций"])}.`}
      />
      {organisations.length === 0 ? (
        <EmptyState>Организаций пока нет.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Организация</th>
                <th scope="col" className="px-4 py-3">Тип</th>
                <th scope="col" className="px-4 py-3">Населённый пункт</th>
                <th scope="col" className="px-4 py-3">Руководитель</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} className="border-t border-slate-100">
                  <td className="px-4 py-3 font-medium">{organisation.shortName}</td>
                  <td className="px-4 py-3">{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
                  <td className="px-4 py-3">{organisation.locality}</td>
                  <td className="px-4 py-3">{organisation.directorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
