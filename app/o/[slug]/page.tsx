import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { roleList } from "@/lib/access/roles";
import { formatLongDate, todayIn } from "@/lib/i18n/format";
import { academicYearLabel } from "@/lib/dates/calendar-date";
import { getHome } from "@/lib/home/queries";
import type { HomeSection } from "@/lib/home/sections";
import { PageHeader } from "@/components/ui/layout";
import { AttentionCard, ChildrenCard, ContactCard, DeadlinesCard, MyTasksCard, OrdersCard, ProgrammeCard } from "@/components/home/home-cards";

export const metadata: Metadata = { title: "Главная" };

/** «Сегодня» for each role (lib/home): what waits for the member, their tasks, the programme. */
export default async function OrganisationHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "organisation.view");
  const zone = ctx.organisation.timeZone;
  const view = await getHome(ctx, todayIn(zone));
  const cards: Record<HomeSection, React.ReactNode> = {
    toSign: view.toSign ? <OrdersCard slug={slug} title="Ждут вашей подписи" orders={view.toSign} empty="Приказов на подпись нет." testId="home-to-sign" /> : null,
    toAgree: view.toAgree ? <OrdersCard slug={slug} title="Ждут вашего согласования" orders={view.toAgree} empty="Согласовать сейчас нечего." testId="home-to-agree" /> : null,
    programme: <ProgrammeCard slug={slug} programme={view.programme} academicYear={view.academicYear} />,
    deadlines: <DeadlinesCard slug={slug} view={view} />,
    attention: view.attention ? <AttentionCard slug={slug} programmes={view.attention} /> : null,
    myTasks: <MyTasksCard slug={slug} view={view} />,
    documents: view.documents ? <OrdersCard slug={slug} title="Приказы этого учебного года" orders={view.documents} empty="В этом учебном году приказов ещё не подписано." testId="home-documents" /> : null,
    children: view.children ? <ChildrenCard slug={slug} items={view.children} /> : null,
    contact: <ContactCard view={view} />,
  };
  return (
    <>
      <PageHeader
        title={`Здравствуйте, ${ctx.user.firstName}${ctx.user.middleName ? ` ${ctx.user.middleName}` : ""}!`}
        description={`${formatLongDate(new Date(), zone)} · ${academicYearLabel(view.academicYear)} учебный год`}
      />
      <p className="-mt-4 mb-4 text-sm text-muted">
        Ваша роль: <span data-testid="my-roles">{roleList(ctx.membership.roles)}</span>
      </p>
      <div className="grid gap-4 lg:grid-cols-2" data-testid="home-today">
        {view.sections.map((section) => (
          <div key={section} className={section === "deadlines" || section === "myTasks" ? "min-w-0 lg:col-span-2" : "min-w-0"}>
            {cards[section]}
          </div>
        ))}
      </div>
    </>
  );
}
