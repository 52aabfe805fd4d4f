import { requireAuthority } from "@/lib/authorities/queries";
import { AppShell } from "@/components/shell/app-shell";

export default async function AuthorityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireAuthority(slug);
  return (
    <AppShell
      placeName={ctx.authority.shortName}
      placeKind="Орган управления образованием"
      userName={`${ctx.user.firstName} ${ctx.user.lastName}`}
      roleLabel="Специалист органа управления"
      navigation={[{ href: `/a/${slug}`, label: "Организации" }]}
    >
      {children}
    </AppShell>
  );
}
