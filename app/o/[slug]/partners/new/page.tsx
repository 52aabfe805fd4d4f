import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { Card, PageHeader } from "@/components/ui/layout";
import { PartnerForm } from "@/components/partners/partner-forms";

export const metadata: Metadata = { title: "Новый партнёр" };

export default async function NewPartnerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireTenantPermission(slug, "partners.manage");
  return (
    <>
      <PageHeader title="Новый социальный партнёр" />
      <Card>
        <PartnerForm slug={slug} />
      </Card>
    </>
  );
}
