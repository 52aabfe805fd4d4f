import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { orderFormOptions } from "@/lib/orders/queries";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { Card, PageHeader } from "@/components/ui/layout";
import { DraftOrderForm } from "@/components/orders/draft-order-form";

export const metadata: Metadata = { title: "Новый приказ" };

export default async function NewOrderPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "orders.draft");
  const options = await orderFormOptions(ctx);
  return (
    <>
      <PageHeader title="Новый приказ" description="Текст проекта составляется по шаблону из данных системы; его можно отредактировать до подписания." />
      <Card>
        <DraftOrderForm
          slug={slug}
          programmes={options.programmes.map((p) => ({ value: p.id, label: `${p.title} (${academicYearLabel(p.academicYear)})` }))}
          staff={options.staff.map((s) => ({ value: s.id, label: s.position ? `${s.name}, ${s.position}` : s.name }))}
          signed={options.signed.map((o) => ({ value: o.id, label: `№ ${o.number ?? ""} ${o.title}` }))}
        />
      </Card>
    </>
  );
}
