import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ACTIONS, auditActionLabel } from "@/lib/audit/actions";
import { describeAuditDetails, describeRepeats } from "@/lib/audit/describe";
import { formatDateTime } from "@/lib/i18n/format";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";

export const metadata: Metadata = { title: "Журнал действий" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "audit.view");
  const filter = auditFilterSchema.parse(await searchParams);
  const { rows, total, capped } = await listAuditEvents(ctx, filter);
  const zone = ctx.organisation.timeZone;
  const filterParams = { action: filter.action, from: filter.from, to: filter.to, q: filter.q };
  const exportQuery = new URLSearchParams(Object.entries(filterParams).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return (
    <>
      <PageHeader
        title="Журнал действий"
        description="Входы, приглашения, изменения ролей и попытки доступа к данным организации. Записи нельзя изменить или удалить."
        actions={
          <a href={`/o/${slug}/audit/export?${exportQuery.toString()}`} className={buttonClass("secondary")}>
            Скачать .xlsx
          </a>
        }
      />
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div className="lg:col-span-2">
          <label htmlFor="audit-action" className="mb-1 block text-sm font-medium">Действие</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={inputClass}>
            <option value="">Все действия</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="mb-1 block text-sm font-medium">С даты</label>
          <input id="audit-from" type="date" name="from" defaultValue={filter.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="mb-1 block text-sm font-medium">По дату</label>
          <input id="audit-to" type="date" name="to" defaultValue={filter.to} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-q" className="mb-1 block text-sm font-medium">E-mail</label>
          <input id="audit-q" name="q" defaultValue={filter.q} className={inputClass} />
        </div>
        <div className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("secondary")}>Показать</button>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState>Записей за выбранный период нет.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Когда</th>
                <th scope="col" className="px-4 py-3">Действие</th>
                <th scope="col" className="px-4 py-3">Кто</th>
                <th scope="col" className="px-4 py-3">Подробности</th>
                <th scope="col" className="px-4 py-3">IP-адрес</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-4 py-3 max-md:text-xs max-md:text-muted">{formatDateTime(row.createdAt, zone)}</td>
                  <td className="px-4 py-3">
                    {auditActionLabel(row.action)}
                    {row.repeats ? (
                      <span className="block text-xs text-muted" data-testid="audit-repeats">{describeRepeats(row.repeats, zone)}</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3" data-label="Кто">{row.actorName ?? "—"}</td>
                  <td className="px-4 py-3 text-muted break-words" data-label="Подробности">{describeAuditDetails(row.details)}</td>
                  <td className="px-4 py-3" data-label="IP-адрес">{row.ipAddress ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageSize={AUDIT_PAGE_SIZE} total={total} basePath={`/o/${slug}/audit`} params={filterParams} noun={["запись", "записи", "записей"]} capped={capped} />
    </>
  );
}
