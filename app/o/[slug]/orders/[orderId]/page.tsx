import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { getOrder, orderFormOptions } from "@/lib/orders/queries";
import { ORDER_STATUS_LABELS, ORDER_TYPE_LABELS } from "@/lib/orders/labels";
import { getOrganisationProfile } from "@/lib/organisations/queries";
import { formatDate, formatDateTime, todayIn } from "@/lib/i18n/format";
import { Badge, Card, PageHeader } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { OrderPaper } from "@/components/orders/order-paper";
import { OrderScanCard } from "@/components/orders/order-scan-card";
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
  const order = id.success ? await getOrder(ctx, id.data) : null;
  if (!order) notFound();
  const roles = ctx.membership.roles;
  const zone = ctx.organisation.timeZone;
  const organisation = await getOrganisationProfile(ctx);
  const drafter = can(roles, "orders.draft");
  const awaitingMe = order.status === "IN_REVIEW" && order.approvals.some((a) => a.membershipId === ctx.membership.id && !a.agreedAt);
  const allAgreed = order.approvals.every((a) => a.agreedAt);
  // Only those who may agree an order are offered for the approval sheet.
  const staff = order.status === "DRAFT" && drafter ? (await orderFormOptions(ctx)).staff.filter((person) => can(person.roles, "orders.agree")) : [];
  return (
    <>
      <PageHeader
        title={order.number ? `Приказ № ${order.number}` : "Проект приказа"}
        description={`${ORDER_TYPE_LABELS[order.type]}${order.signedOn ? ` · от ${formatDate(order.signedOn, "UTC")}` : ""}`}
        actions={
          <a href={`/o/${slug}/orders/${order.id}/docx`} className={buttonClass("secondary")}>
            Скачать .docx
          </a>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <OrderPaper order={order} organisation={organisation} />
          {order.status === "DRAFT" && drafter ? (
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
          {order.status === "DRAFT" && drafter ? (
            <Card title="Согласование">
              <SubmitForReview slug={slug} orderId={order.id} staff={staff} />
              <div className="mt-4 border-t border-slate-200 pt-4">
                <DeleteDraft slug={slug} orderId={order.id} />
              </div>
            </Card>
          ) : null}
          {awaitingMe ? (
            <Card title="Ваше согласование">
              <AgreeOrder slug={slug} orderId={order.id} />
            </Card>
          ) : null}
          {order.status === "IN_REVIEW" && (drafter || can(roles, "orders.sign")) ? (
            <Card title="Подписание">
              {can(roles, "orders.sign") ? (
                allAgreed ? (
                  <SignOrder slug={slug} orderId={order.id} today={todayIn(zone)} />
                ) : (
                  <p className="text-sm text-muted">Подписать можно, когда согласуют все из листа согласования.</p>
                )
              ) : null}
              {drafter ? (
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
