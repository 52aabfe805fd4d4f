import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { getOrganisationProfile } from "@/lib/organisations/queries";
import { Card, PageHeader } from "@/components/ui/layout";
import { OrganisationForm } from "@/components/organisations/organisation-form";

export const metadata: Metadata = { title: "Сведения об организации" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "organisation.edit");
  const profile = await getOrganisationProfile(ctx);
  return (
    <>
      <PageHeader title="Сведения об организации" description="Реквизиты для документов и часовой пояс организации." />
      <Card>
        <OrganisationForm slug={slug} profile={profile} />
      </Card>
    </>
  );
}
