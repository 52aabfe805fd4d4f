import type { Metadata } from "next";
import Link from "next/link";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { listPartners } from "@/lib/partners/queries";
import { PARTNER_KIND_LABELS } from "@/lib/partners/labels";
import { formatPhone } from "@/lib/people/phone";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";

export const metadata: Metadata = { title: "Социальные партнёры" };

export default async function PartnersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "partners.view");
  const partners = await listPartners(ctx);
  return (
    <>
      <PageHeader
        title="Социальные партнёры"
        description="Организации, с которыми заключены соглашения: предприятия и вузы дают наставников, площадки и мероприятия. Список публикуется на сайте школы."
        actions={can(ctx.membership.roles, "partners.manage") ? <Link href={`/o/${slug}/partners/new`} className={buttonClass("primary")}>Добавить партнёра</Link> : null}
      />
      {partners.length === 0 ? (
        <EmptyState>Партнёров пока нет.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="partners-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Организация</th>
                <th scope="col" className="px-4 py-3">Соглашение</th>
                <th scope="col" className="px-4 py-3">Наставники от партнёра</th>
                <th scope="col" className="px-4 py-3">Контакт</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => (
                <tr key={partner.id} className="border-t border-slate-100 align-top">
                  <td className="px-4 py-3">
                    <Link href={`/o/${slug}/partners/${partner.id}`}>{partner.name}</Link>
                    <span className="block text-muted">{PARTNER_KIND_LABELS[partner.kind]}</span>
                  </td>
                  <td className="px-4 py-3" data-label="Соглашение"><Badge tone={partner.inForce ? "good" : "warn"}>{partner.inForce ? "действует" : "нет действующего"}</Badge></td>
                  <td className="px-4 py-3" data-label="Наставники от партнёра">{partner.mentors}</td>
                  <td className="px-4 py-3" data-label="Контакт">{[partner.contactName, partner.phone ? formatPhone(partner.phone) : null].filter(Boolean).join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
