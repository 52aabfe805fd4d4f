import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getOrderPage } from "@/lib/orders/queries";
import { ORDER_STATUS_LABELS, ORDER_TYPE_LABELS } from "@/lib/orders/labels";
import { formatDateTime, todayIn } from "@/lib/i18n/format";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { Badge, Card, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { OrderPaper } from "@/components/orders/order-paper";
import { OrderScanCard } from "@/components/orders/order-scan-card";
import { ScanHistory } from "@/components/orders/scan-history";
import { OrderTextForm } from "@/components/orders/order-text-form";
import { AgreeOrder, DeleteDraft, ReturnToDraft, SignOrder, SubmitForReview } from "@/components/orders/order-workflow";

export const metadata: Metadata = { title: "Приказ" };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; orderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, orderId } = await params;
  const { upload: uploadNotice } = await searchParams;
  const ctx = await requireTenantPermission(slug, "orders.view");
  const id = z.uuid().safeParse(orderId);
  const page = id.success ? await getOrderPage(ctx, id.data) : null;
  if (!page) notFound();
  const { order, organisation, steps, approvers } = page;
  const zone = ctx.organisation.timeZone;
  const drafter = can(ctx.membership.roles, "orders.draft");
  return (
    <>
      <PageHeader
        title={order.number ? `Приказ № ${order.number}` : "Проект приказа"}
        description={`${ORDER_TYPE_LABELS[order.type]}${order.signedOn ? ` · от ${formatCalendarDate(order.signedOn)}` : ""}`}
        actions={
          <a href={`/o/${slug}/orders/${order.id}/docx`} className={buttonClass("secondary")}>
            Скачать .docx
          </a>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <OrderPaper order={order} organisation={organisation} />
          {steps.changeDraft ? (
            <Card title="Текст проекта">
              <OrderTextForm slug={slug} order={order} />
            </Card>
          ) : null}
        </div>
        <aside className="space-y-4">
          <Card title="Статус">
            <p>
              <Badge tone={order.status === "SIGNED" ? "good" : order.status === "CANCELLED" ? "bad" : "warn"}>{ORDER_STATUS_LABELS[order.status]}</Badge>
            </p>
            <ul className="mt-3 space-y-1 text-sm">
              {order.draftedBy ? <li>Подготовил(а): {order.draftedBy.name}</li> : null}
              {order.signedBy && order.signedAt ? <li>Подписал(а): {order.signedBy.name}, {formatDateTime(order.signedAt, zone)}</li> : null}
              {order.programme ? (
                <li>
                  Программа: <Link href={`/o/${slug}/programmes/${order.programme.id}`}>{order.programme.title}</Link>
                </li>
              ) : null}
              {order.curatorName ? <li>Куратор: {order.curatorName}</li> : null}
              {order.cancels ? (
                <li>
                  Отменяет: <Link href={`/o/${slug}/orders/${order.cancels.id}`}>№ {order.cancels.number} {order.cancels.title}</Link>
                </li>
              ) : null}
              {order.cancelledBy ? (
                <li>
                  Отменён приказом: <Link href={`/o/${slug}/orders/${order.cancelledBy.id}`}>№ {order.cancelledBy.number}</Link>
                </li>
              ) : null}
            </ul>
          </Card>
          {order.status === "SIGNED" || order.status === "CANCELLED" ? (
            <OrderScanCard
              base={`/o/${slug}/orders/${order.id}`}
              scan={order.scan}
              canUpload={drafter}
              notice={typeof uploadNotice === "string" ? uploadNotice : undefined}
            />
          ) : null}
          <ScanHistory ctx={ctx} orderId={order.id} />
          {order.approvals.length > 0 ? (
            <Card title="Лист согласования">
              <ul className="space-y-1 text-sm">
                {order.approvals.map((approval) => (
                  <li key={approval.membershipId}>
                    {approval.name}: {approval.agreedAt ? `согласовано ${formatDateTime(approval.agreedAt, zone)}` : "ожидает"}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {steps.changeDraft ? (
            <Card title="Согласование">
              <SubmitForReview slug={slug} orderId={order.id} staff={approvers} />
              <div className="mt-4 border-t border-slate-200 pt-4">
                <DeleteDraft slug={slug} orderId={order.id} />
              </div>
            </Card>
          ) : null}
          {steps.agree ? (
            <Card title="Ваше согласование">
              <AgreeOrder slug={slug} orderId={order.id} />
            </Card>
          ) : null}
          {steps.signer || steps.returnToDraft ? (
            <Card title="Подписание">
              {steps.signer ? (
                steps.sign ? (
                  <SignOrder slug={slug} orderId={order.id} today={todayIn(zone)} />
                ) : (
                  <p className="text-sm text-muted">Подписать можно, когда согласуют все из листа согласования.</p>
                )
              ) : null}
              {steps.returnToDraft ? (
                <div className="mt-4 border-t border-slate-200 pt-4">
                  <ReturnToDraft slug={slug} orderId={order.id} />
                </div>
              ) : null}
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
