import Link from "next/link";
import type { TenantContext } from "@/lib/tenancy/context";
import { listMembers, MEMBERS_PAGE_SIZE } from "@/lib/members/queries";
import type { MemberListQuery } from "@/lib/members/schemas";
import { roleList } from "@/lib/access/roles";
import { fullName } from "@/lib/i18n/format";
import { Badge, EmptyState } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";

export async function MembersTable({ ctx, query }: { ctx: TenantContext; query: MemberListQuery }) {
  const { rows, total } = await listMembers(ctx, query);
  const basePath = `/o/${ctx.organisation.slug}/members`;
  return (
    <>
      {rows.length === 0 ? (
        <EmptyState>Никого не найдено.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">ФИО</th>
                <th scope="col" className="px-4 py-3">Роли</th>
                <th scope="col" className="px-4 py-3">Класс</th>
                <th scope="col" className="px-4 py-3">E-mail</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <tr key={member.id} className="border-t border-slate-100">
                  <td className="px-4 py-3">
                    <Link href={`${basePath}/${member.id}`}>{fullName(member)}</Link>
                    {member.disabled ? (
                      <span className="ml-2">
                        <Badge tone="bad">отключён</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3" data-label="Роли">{roleList(member.roles)}</td>
                  <td className="px-4 py-3" data-label="Класс">{member.className ?? "—"}</td>
                  <td className="px-4 py-3 break-all" data-label="E-mail">{member.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={query.page}
        pageSize={MEMBERS_PAGE_SIZE}
        total={total}
        basePath={basePath}
        params={{ q: query.q, role: query.role }}
        noun={["участник", "участника", "участников"]}
      />
    </>
  );
}
