import type { Metadata } from "next";
import Link from "next/link";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { currentNumberingPattern, listOrders, orderListQuerySchema, ORDERS_PAGE_SIZE } from "@/lib/orders/queries";
import { ORDER_STATUS_LABELS, ORDER_TYPE_LABELS } from "@/lib/orders/labels";
import { formatDate } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button-class";
import { NumberingForm } from "@/components/orders/numbering-form";

export const metadata: Metadata = { title: "Журнал приказов" };

const STATUS_TONE = { DRAFT: "neutral", IN_REVIEW: "warn", SIGNED: "good", CANCELLED: "bad" } as const;

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "orders.view");
  const query = orderListQuerySchema.parse(await searchParams);
  const { rows, total } = await listOrders(ctx, query);
  const canSign = can(ctx.membership.roles, "orders.sign");
  return (
    <>
      <PageHeader
        title="Журнал приказов"
        description="Проекты, приказы на согласовании и подписанные приказы организации. Подписанный приказ не изменяется."
        actions={
          can(ctx.membership.roles, "orders.draft") ? (
            <Link href={`/o/${slug}/orders/new`} className={buttonClass("primary")}>
              Новый приказ
            </Link>
          ) : null
        }
      />
      {rows.length === 0 ? (
        <EmptyState>Приказов пока нет.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="orders-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">№</th>
                <th scope="col" className="px-4 py-3">Дата</th>
                <th scope="col" className="px-4 py-3">Заголовок</th>
                <th scope="col" className="px-4 py-3">Вид</th>
                <th scope="col" className="px-4 py-3">Статус</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((order) => (
                <tr key={order.id} className="border-t border-slate-100 max-md:flex max-md:flex-col">
                  <td className="px-4 py-3 whitespace-nowrap" data-label="№">{order.number ?? "—"}</td>
                  <td className="px-4 py-3 whitespace-nowrap" data-label="Дата">{order.signedOn ? formatDate(order.signedOn, "UTC") : "—"}</td>
                  <td className="px-4 py-3 max-md:order-first font-medium">
                    <Link href={`/o/${slug}/orders/${order.id}`}>{order.title}</Link>
                  </td>
                  <td className="px-4 py-3 text-muted" data-label="Вид">{ORDER_TYPE_LABELS[order.type]}</td>
                  <td className="px-4 py-3" data-label="Статус">
                    <Badge tone={STATUS_TONE[order.status]}>{ORDER_STATUS_LABELS[order.status]}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pageSize={ORDERS_PAGE_SIZE} total={total} basePath={`/o/${slug}/orders`} params={{ status: query.status, type: query.type }} noun={["приказ", "приказа", "приказов"]} />
      {canSign ? (
        <Card title="Нумерация приказов" className="mt-6">
          <NumberingForm slug={slug} pattern={await currentNumberingPattern(ctx)} />
        </Card>
      ) : null}
    </>
  );
}
