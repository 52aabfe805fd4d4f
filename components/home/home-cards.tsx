import Link from "next/link";
import type { Capped, HomeOrder, HomeProgramme, HomeView, ProgrammeNeed } from "@/lib/home/queries";
import type { TaskView } from "@/lib/roadmap/queries";
import { academicYearLabel, formatCalendarDate } from "@/lib/dates/calendar-date";
import { PROGRAMME_STATUS_LABELS } from "@/lib/programmes/academic-year";
import { countRu } from "@/lib/i18n/format";
import { Badge, Card as PlainCard, EmptyState } from "@/components/ui/layout";
import { TaskList } from "@/components/roadmap/task-list";

/** A card of the home page, found by tests through its test id. */
function Card({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <div data-testid={testId}>
      <PlainCard title={title}>{children}</PlainCard>
    </div>
  );
}

const ACTIVITIES: [string, string, string] = ["мероприятие", "мероприятия", "мероприятий"];
const ORDERS: [string, string, string] = ["приказ", "приказа", "приказов"];

/** «Все 12» under a list that shows only its first few. */
function MoreLink({ href, shown, count, label }: { href: string; shown: number; count: number; label: string }) {
  if (count <= shown) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={href}>
        {label} ({count})
      </Link>
    </p>
  );
}

function OrderList({ slug, orders, empty }: { slug: string; orders: HomeOrder[]; empty: string }) {
  if (orders.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="home-orders">
      {orders.map((order) => (
        <li key={order.id} className="py-3">
          <Link href={`/o/${slug}/orders/${order.id}`} className="font-medium">
            {order.number ? `№ ${order.number} · ` : ""}
            {order.title}
          </Link>
          <p className="text-sm text-muted">
            {order.signedOn ? `подписан ${formatCalendarDate(order.signedOn)}` : order.pending.length > 0 ? `ждёт согласования: ${order.pending.join(", ")}` : "согласован всеми, ждёт подписи"}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function OrdersCard({ slug, title, orders, empty, testId }: { slug: string; title: string; orders: Capped<HomeOrder>; empty: string; testId: string }) {
  return (
    <Card title={title} testId={testId}>
      {orders.count > 0 ? (
        <p className="mb-2 text-sm text-muted" data-testid={`${testId}-count`}>
          {countRu(orders.count, ORDERS)}
        </p>
      ) : null}
      <OrderList slug={slug} orders={orders.first} empty={empty} />
      <MoreLink href={`/o/${slug}/orders`} shown={orders.first.length} count={orders.count} label="Все приказы" />
    </Card>
  );
}

/** No programme of this academic year: the truth, and for those who may, how to make one. */
function NoProgramme({ slug, academicYear, mayCreate }: { slug: string; academicYear: number; mayCreate: boolean }) {
  return (
    <EmptyState>
      {mayCreate ? (
        <>
          Программы на {academicYearLabel(academicYear)} учебный год ещё нет — <Link href={`/o/${slug}/programmes/new`}>создайте её</Link>.
        </>
      ) : (
        `Программа наставничества на ${academicYearLabel(academicYear)} учебный год ещё не создана.`
      )}
    </EmptyState>
  );
}

export function ProgrammeCard({ slug, programme, academicYear }: { slug: string; programme: HomeProgramme | null; academicYear: number }) {
  return (
    <Card title="Программа этого года" testId="home-programme">
      {programme ? (
        <div className="space-y-2">
          <p>
            <Link href={`/o/${slug}/programmes/${programme.id}`} className="font-medium">
              {programme.title}
            </Link>{" "}
            <Badge tone={programme.status === "APPROVED" ? "good" : "neutral"}>{PROGRAMME_STATUS_LABELS[programme.status]}</Badge>
          </p>
          <p className="text-sm text-muted">
            {programme.approvedBy
              ? `Утверждена приказом${programme.approvedBy.number ? ` № ${programme.approvedBy.number}` : ""}${programme.approvedBy.signedOn ? ` от ${formatCalendarDate(programme.approvedBy.signedOn)}` : ""}.`
              : "Ещё не утверждена приказом."}{" "}
            Куратор: {programme.curatorName ?? "не назначен"}.
          </p>
          <p className="text-sm" data-testid="home-progress">
            Выполнено {programme.done} из {countRu(programme.total, ACTIVITIES)}.
          </p>
        </div>
      ) : (
        <NoProgramme slug={slug} academicYear={academicYear} mayCreate />
      )}
    </Card>
  );
}

function TaskGroup({ slug, title, tasks, today, href, testId }: { slug: string; title: string; tasks: Capped<TaskView>; today: string; href: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="font-medium">
        {title}: <span data-testid={`${testId}-count`}>{tasks.count}</span>
      </h3>
      {tasks.count > 0 ? <TaskList slug={slug} tasks={tasks.first} today={today} empty="" /> : null}
      <MoreLink href={href} shown={tasks.first.length} count={tasks.count} label="Все на дорожной карте" />
    </div>
  );
}

export function DeadlinesCard({ slug, view }: { slug: string; view: HomeView }) {
  const { programme, deadlines, today, academicYear } = view;
  return (
    <Card title="Сроки дорожной карты этого года" testId="home-deadlines">
      {!programme || !deadlines ? (
        <NoProgramme slug={slug} academicYear={academicYear} mayCreate />
      ) : deadlines.overdue.count + deadlines.thisWeek.count === 0 ? (
        <EmptyState>Просроченных мероприятий и сроков на этой неделе нет.</EmptyState>
      ) : (
        <div className="space-y-4">
          <TaskGroup slug={slug} title="Просрочено" tasks={deadlines.overdue} today={today} href={`/o/${slug}/programmes/${programme.id}`} testId="home-overdue" />
          <TaskGroup slug={slug} title="Срок на этой неделе" tasks={deadlines.thisWeek} today={today} href={`/o/${slug}/programmes/${programme.id}`} testId="home-this-week" />
        </div>
      )}
      {programme ? (
        <p className="mt-4 text-sm">
          <Link href={`/o/${slug}/programmes/${programme.id}`}>Открыть дорожную карту</Link>
        </p>
      ) : null}
    </Card>
  );
}

const NEEDS = (need: ProgrammeNeed) => [need.notApproved ? "не утверждена приказом" : null, need.noCurator ? "нет куратора" : null].filter(Boolean).join(", ");

export function AttentionCard({ slug, programmes }: { slug: string; programmes: Capped<ProgrammeNeed> }) {
  if (programmes.count === 0) return null;
  return (
    <Card title="Программы, которым чего-то не хватает" testId="home-attention">
      <ul className="divide-y divide-slate-100">
        {programmes.first.map((need) => (
          <li key={need.id} className="py-2">
            <Link href={`/o/${slug}/programmes/${need.id}`}>{need.title}</Link>
            <span className="text-sm text-muted"> · {academicYearLabel(need.academicYear)}: {NEEDS(need)}</span>
          </li>
        ))}
      </ul>
      <MoreLink href={`/o/${slug}/programmes`} shown={programmes.first.length} count={programmes.count} label="Все программы" />
    </Card>
  );
}

export function MyTasksCard({ slug, view }: { slug: string; view: HomeView }) {
  const { myTasks, today, academicYear } = view;
  return (
    <Card title="Мои задачи" testId="home-my-tasks">
      {!myTasks ? (
        <NoProgramme slug={slug} academicYear={academicYear} mayCreate={false} />
      ) : myTasks.count === 0 ? (
        <EmptyState>В дорожной карте этого года на вас и вашу роль мероприятий нет.</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted" data-testid="home-my-tasks-count">
            Открыто {countRu(myTasks.count, ACTIVITIES)}: просрочено {myTasks.overdue}, на этой неделе {myTasks.thisWeek}.
          </p>
          <TaskList slug={slug} tasks={myTasks.first} today={today} empty="" />
          <MoreLink href={`/o/${slug}/tasks`} shown={myTasks.first.length} count={myTasks.count} label="Все мои задачи" />
        </>
      )}
      <p className="mt-3 text-sm text-muted">Мероприятия школы в целом (куратора и руководителя) отмечают выполненными куратор и руководитель.</p>
    </Card>
  );
}

export function ChildrenCard({ slug, items }: { slug: string; items: NonNullable<HomeView["children"]> }) {
  return (
    <Card title="Мои дети" testId="home-children">
      {items.length === 0 ? (
        <EmptyState>Дети к вашей учётной записи пока не привязаны: обратитесь к классному руководителю.</EmptyState>
      ) : (
        <ul className="space-y-1">
          {items.map((child) => (
            <li key={child.id}>
              {child.name}
              {child.className ? <span className="text-muted"> · {child.className} класс</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href={`/o/${slug}/children`}>Открыть «Мои дети»</Link>
      </p>
    </Card>
  );
}

export function ContactCard({ view }: { view: HomeView }) {
  const { programme, academicYear } = view;
  return (
    <Card title="Программа наставничества" testId="home-contact">
      {programme ? (
        <p>
          {programme.title}. Куратор программы: <span className="font-medium">{programme.curatorName ?? "ещё не назначен"}</span>. С вопросами о наставничестве обращайтесь к куратору.
        </p>
      ) : (
        <EmptyState>Программа наставничества на {academicYearLabel(academicYear)} учебный год ещё не создана.</EmptyState>
      )}
      <p className="mt-3 text-sm">
        <Link href="/profile">Мой профиль</Link>
      </p>
    </Card>
  );
}
