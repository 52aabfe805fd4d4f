import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { getMemberCard } from "@/lib/members/queries";
import { can } from "@/lib/access/permissions";
import { roleList } from "@/lib/access/roles";
import { fullName } from "@/lib/i18n/format";
import { Badge, Card, PageHeader } from "@/components/ui/layout";
import { MemberRolesForm } from "@/components/members/member-roles-form";
import { MemberAccessButton } from "@/components/members/member-access-button";

export const metadata: Metadata = { title: "Карточка участника" };

export default async function MemberPage({ params }: { params: Promise<{ slug: string; membershipId: string }> }) {
  const { slug, membershipId } = await params;
  const ctx = await requireTenantPermission(slug, "members.view");
  const id = z.uuid().safeParse(membershipId);
  const member = id.success ? await getMemberCard(ctx, id.data) : null;
  if (!member) notFound();
  const manage = can(ctx.membership.roles, "members.manageRoles");
  return (
    <>
      <PageHeader title={fullName(member)} description={roleList(member.roles)} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Сведения">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">E-mail</dt>
            <dd>{member.email}</dd>
            <dt className="text-muted">Телефон</dt>
            <dd>{member.phone ?? "—"}</dd>
            <dt className="text-muted">Должность</dt>
            <dd>{member.position ?? "—"}</dd>
            {member.className ? (
              <>
                <dt className="text-muted">Класс</dt>
                <dd>{member.className}</dd>
              </>
            ) : null}
            {member.classesLed.length > 0 ? (
              <>
                <dt className="text-muted">Классное руководство</dt>
                <dd>{member.classesLed.join(", ")}</dd>
              </>
            ) : null}
            <dt className="text-muted">Доступ</dt>
            <dd>{member.disabled ? <Badge tone="bad">отключён</Badge> : <Badge tone="good">действует</Badge>}</dd>
          </dl>
          {member.children.length > 0 || member.guardians.length > 0 ? (
            <div className="mt-4 space-y-2 text-sm">
              {member.children.map((child) => (
                <p key={child.id}>
                  Ребёнок: <Link href={`/o/${slug}/members/${child.id}`}>{child.name}</Link>
                  {child.className ? `, ${child.className}` : ""}
                </p>
              ))}
              {member.guardians.map((guardian) => (
                <p key={guardian.id}>
                  Родитель (законный представитель): <Link href={`/o/${slug}/members/${guardian.id}`}>{guardian.name}</Link>
                </p>
              ))}
            </div>
          ) : null}
        </Card>
        {manage ? (
          <Card title="Роли и доступ">
            <MemberRolesForm
              slug={slug}
              member={{ id: member.id, roles: member.roles, className: member.className, classesLed: member.classesLed, position: member.position }}
            />
            <div className="mt-6 border-t border-slate-200 pt-4">
              <MemberAccessButton slug={slug} membershipId={member.id} disabled={member.disabled} />
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
