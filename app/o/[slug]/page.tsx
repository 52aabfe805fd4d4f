import type { Metadata } from "next";
import Link from "next/link";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { organisationNavigation } from "@/lib/access/navigation";
import { roleList } from "@/lib/access/roles";
import { formatLongDate, todayIn } from "@/lib/i18n/format";
import { academicYearOf } from "@/lib/programmes/academic-year";
import { ROLE_HOME_TEXT } from "@/lib/access/role-home";
import { Card, PageHeader } from "@/components/ui/layout";
import { can } from "@/lib/access/permissions";
import { listDeadlines } from "@/lib/roadmap/queries";
import { TaskList } from "@/components/roadmap/task-list";

export const metadata: Metadata = { title: "Главная" };

export default async function OrganisationHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "organisation.view");
  const zone = ctx.organisation.timeZone;
  const today = todayIn(zone);
  const links = organisationNavigation(slug, ctx.membership.roles).slice(1);
  const deadlines = can(ctx.membership.roles, "roadmap.edit") ? await listDeadlines(ctx, today) : null;
  return (
    <>
      <PageHeader
        title={`Здравствуйте, ${ctx.user.firstName}${ctx.user.middleName ? ` ${ctx.user.middleName}` : ""}!`}
        description={`${formatLongDate(new Date(), zone)} · ${academicYearOf(today)} учебный год`}
      />
      {deadlines ? (
        <Card title="Сроки дорожной карты: просрочено и на этой неделе" className="mb-4">
          <TaskList slug={slug} tasks={deadlines} today={today} empty="Просроченных мероприятий и сроков на этой неделе нет." />
        </Card>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Ваша роль">
          <p className="font-medium" data-testid="my-roles">
            {roleList(ctx.membership.roles)}
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-muted">
            {ctx.membership.roles.map((role) => (
              <li key={role}>{ROLE_HOME_TEXT[role]}</li>
            ))}
          </ul>
        </Card>
        <Card title="Организация">
          <p className="font-medium">{ctx.organisation.fullName}</p>
          {links.length > 0 ? (
            <ul className="mt-3 space-y-1 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      </div>
    </>
  );
}
