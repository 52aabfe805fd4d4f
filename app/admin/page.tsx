import type { Metadata } from "next";
import { z } from "zod";
import { adminOverview, ADMIN_ORGANISATIONS_PAGE_SIZE, requirePlatformAdmin } from "@/lib/admin/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { Card, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { AppShell } from "@/components/shell/app-shell";
import { CreateAuthorityForm, CreateOrganisationForm, InvitePersonForm } from "@/components/admin/admin-forms";

export const metadata: Metadata = { title: "Администрирование" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePlatformAdmin();
  const { page } = pageSchema.parse(await searchParams);
  const { authorities, organisations, total } = await adminOverview(user, page);
  const authorityOptions = authorities.map((a) => ({ value: a.id, label: a.shortName }));
  return (
    <AppShell
      placeName="Администрирование платформы"
      placeKind="Тандем"
      userName={`${user.firstName} ${user.lastName}`}
      roleLabel="Администратор платформы"
      navigation={[{ href: "/admin", label: "Организации" }]}
    >
      <PageHeader title="Органы управления и организации" description="Создайте организацию и пригласите её руководителя: дальше он приглашает остальных сам." />
      <div className="space-y-6">
        <Card title="Организации">
          <ul className="divide-y divide-slate-100 text-sm">
            {organisations.map((organisation) => (
              <li key={organisation.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium">{organisation.shortName}</span>
                <span className="text-muted">
                  {ORGANISATION_KIND_LABELS[organisation.kind]} · {organisation.locality} · {organisation.authority?.shortName ?? "без органа управления"} · /o/{organisation.slug}
                </span>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={ADMIN_ORGANISATIONS_PAGE_SIZE} total={total} basePath="/admin" params={{}} noun={["организация", "организации", "организаций"]} />
        </Card>
        <div className="grid gap-6 xl:grid-cols-2">
          <Card title="Пригласить руководителя организации">
            <InvitePersonForm kind="director" places={organisations.map((o) => ({ value: o.id, label: o.shortName }))} />
          </Card>
          <Card title="Пригласить специалиста органа управления">
            <InvitePersonForm kind="supervisor" places={authorityOptions} />
          </Card>
        </div>
        <Card title="Новая организация">
          <CreateOrganisationForm authorities={authorityOptions} />
        </Card>
        <Card title="Новый орган управления образованием">
          <CreateAuthorityForm />
        </Card>
      </div>
    </AppShell>
  );
}
