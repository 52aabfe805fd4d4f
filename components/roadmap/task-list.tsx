import Link from "next/link";
import type { TaskView } from "@/lib/roadmap/queries";
import { deadlineState } from "@/lib/roadmap/views";
import { Badge, EmptyState } from "@/components/ui/layout";

/** Activities with their deadline state: used by «Мои задачи» and the curator's home page. */
export function TaskList({ slug, tasks, today, empty }: { slug: string; tasks: TaskView[]; today: string; empty: string }) {
  if (tasks.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="task-list">
      {tasks.map((task) => {
        const state = deadlineState(task, today);
        return (
          <li key={task.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
            <div>
              <Link href={`/o/${slug}/programmes/${task.programmeId}/activities/${task.id}`} className="font-medium">
                {task.title}
              </Link>
              <p className="text-sm text-muted">
                {task.periodText || "без срока"} · {task.programmeTitle}
              </p>
            </div>
            {state === "overdue" ? <Badge tone="bad">просрочено</Badge> : state === "due-this-week" ? <Badge tone="warn">срок на этой неделе</Badge> : null}
          </li>
        );
      })}
    </ul>
  );
}
