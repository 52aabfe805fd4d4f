import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { listMyTasks } from "@/lib/roadmap/queries";
import { todayIn } from "@/lib/i18n/format";
import { Card, PageHeader } from "@/components/ui/layout";
import { TaskList } from "@/components/roadmap/task-list";

export const metadata: Metadata = { title: "Мои задачи" };

export default async function TasksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "roadmap.updateOwn");
  const tasks = await listMyTasks(ctx);
  return (
    <>
      <PageHeader title="Мои задачи" description="Мероприятия дорожных карт, где ответственным назначены вы или ваша роль; сначала ближайшие сроки." />
      <Card>
        <TaskList slug={slug} tasks={tasks} today={todayIn(ctx.organisation.timeZone)} empty="Открытых задач нет." />
      </Card>
    </>
  );
}
