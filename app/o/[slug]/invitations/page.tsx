import type { Metadata } from "next";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { INVITATIONS_PAGE_SIZE, listInvitations } from "@/lib/invitations/queries";
import { INVITATION_STATUS_LABELS } from "@/lib/invitations/token";
import { roleList } from "@/lib/access/roles";
import { formatDate } from "@/lib/i18n/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { InviteForm } from "@/components/invitations/invite-form";
import { RevokeInvitationButton } from "@/components/invitations/revoke-invitation-button";

export const metadata: Metadata = { title: "Приглашения" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "members.invite");
  const { page } = pageSchema.parse(await searchParams);
  const { rows, total } = await listInvitations(ctx, page);
  const zone = ctx.organisation.timeZone;
  return (
    <>
      <PageHeader
        title="Приглашения"
        description="Пригласите сотрудника, наставника, ученика или родителя: ссылка одноразовая и действует 7 дней."
      />
      <div className="space-y-6">
        <Card title="Новое приглашение">
          <InviteForm slug={slug} />
        </Card>
        <Card title="Отправленные приглашения">
          {rows.length === 0 ? (
            <EmptyState>Приглашений пока нет.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div>
                    <p className="font-medium">{invitation.name}</p>
                    <p className="text-sm text-muted">
                      {invitation.email} · {roleList(invitation.roles)} · создано {formatDate(invitation.createdAt, zone)}, до {formatDate(invitation.expiresAt, zone)}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <Badge tone={invitation.status === "accepted" ? "good" : invitation.status === "pending" ? "warn" : "neutral"}>
                      {INVITATION_STATUS_LABELS[invitation.status]}
                    </Badge>
                    {invitation.status === "pending" ? <RevokeInvitationButton slug={slug} invitationId={invitation.id} /> : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={INVITATIONS_PAGE_SIZE} total={total} basePath={`/o/${slug}/invitations`} params={{}} noun={["приглашение", "приглашения", "приглашений"]} />
        </Card>
      </div>
    </>
  );
}
