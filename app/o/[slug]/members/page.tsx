import type { Metadata } from "next";
import Link from "next/link";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { memberListQuerySchema } from "@/lib/members/schemas";
import { Suspense } from "react";
import { ORGANISATION_ROLES, ROLE_LABELS } from "@/lib/access/roles";
import { PageHeader } from "@/components/ui/layout";
import { TableSkeleton } from "@/components/ui/skeleton";
import { MembersTable } from "@/components/members/members-table";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { can } from "@/lib/access/permissions";

export const metadata: Metadata = { title: "Участники" };

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "members.view");
  const query = memberListQuerySchema.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Участники"
        description="Сотрудники, наставники, наставляемые и родители организации."
        actions={
          can(ctx.membership.roles, "members.invite") ? (
            <Link href={`/o/${slug}/invitations`} className={buttonClass("primary")}>
              Пригласить
            </Link>
          ) : null
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-56 flex-1">
          <label htmlFor="members-q" className="mb-1 block text-sm font-medium">
            Поиск по ФИО, e-mail или классу
          </label>
          <input id="members-q" name="q" defaultValue={query.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="members-role" className="mb-1 block text-sm font-medium">
            Роль
          </label>
          <select id="members-role" name="role" defaultValue={query.role ?? ""} className={inputClass}>
            <option value="">Все роли</option>
            {ORGANISATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Найти
        </button>
      </form>
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <MembersTable ctx={ctx} query={query} />
      </Suspense>
    </>
  );
}
