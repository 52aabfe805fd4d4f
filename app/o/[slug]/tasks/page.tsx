import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { listMyTasks } from "@/lib/roadmap/queries";
import { countRu, todayIn } from "@/lib/i18n/format";
import { DEADLINE_GROUP_TITLES, groupByDeadline } from "@/lib/home/sections";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { TaskList } from "@/components/roadmap/task-list";

export const metadata: Metadata = { title: "Мои задачи" };

export default async function TasksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "roadmap.updateOwn");
  const today = todayIn(ctx.organisation.timeZone);
  const tasks = await listMyTasks(ctx);
  const groups = groupByDeadline(tasks, today);
  return (
    <>
      <PageHeader
        title="Мои задачи"
        description={`Мероприятия дорожных карт, где ответственным назначены вы или ваша роль: ${countRu(tasks.length, ["открытое", "открытых", "открытых"])}, по срокам.`}
      />
      {groups.length === 0 ? (
        <Card>
          <EmptyState>Открытых задач нет.</EmptyState>
        </Card>
      ) : (
        <div className="space-y-4">
          {groups.map(({ group, tasks: grouped }) => (
            <Card key={group} title={`${DEADLINE_GROUP_TITLES[group]}: ${grouped.length}`}>
              <TaskList slug={slug} tasks={grouped} today={today} empty="" />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
