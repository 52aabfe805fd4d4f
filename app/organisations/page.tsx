import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { placesOf } from "@/lib/tenancy/places";
import { roleList } from "@/lib/access/roles";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { PersonalShell } from "@/components/shell/personal-shell";

export const metadata: Metadata = { title: "Мои организации" };

export default async function OrganisationsPage() {
  const user = await requireUser();
  const places = await placesOf(user);
  return (
    <PersonalShell user={user}>
      <PageHeader title="Мои организации" description="Выберите, где вы работаете сейчас. Переключиться можно в любой момент." />
      {places.length === 0 ? (
        <EmptyState>У вас пока нет доступа ни к одной организации. Попросите руководителя прислать приглашение.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {places.map((place) => (
            <li key={place.href}>
              <Link href={place.href} className="block rounded-lg border border-slate-200 bg-white p-4 no-underline shadow-sm hover:border-brand-600">
                <span className="block font-semibold text-ink">{place.name}</span>
                <span className="block text-sm text-muted">{place.description}</span>
                {place.roles ? <span className="mt-2 block text-sm text-brand-700">{roleList(place.roles)}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PersonalShell>
  );
}
