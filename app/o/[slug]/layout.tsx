import { requireTenant } from "@/lib/tenancy/page";
import { organisationNavigation } from "@/lib/access/navigation";
import { roleList } from "@/lib/access/roles";
import { AppShell } from "@/components/shell/app-shell";

export default async function OrganisationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // The layout only frames the page; every page checks access again on its own.
  const ctx = await requireTenant(slug);
  return (
    <AppShell
      placeName={ctx.organisation.shortName}
      placeKind="Образовательная организация"
      userName={`${ctx.user.firstName} ${ctx.user.lastName}`}
      roleLabel={roleList(ctx.membership.roles)}
      navigation={organisationNavigation(slug, ctx.membership.roles)}
    >
      {children}
    </AppShell>
  );
}
