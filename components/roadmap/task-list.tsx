import Link from "next/link";
import type { TaskView } from "@/lib/roadmap/queries";
import { ACTIVITY_STATUS_LABELS, deadlineState } from "@/lib/roadmap/views";
import { Badge, EmptyState } from "@/components/ui/layout";

/** Activities with their status and deadline state, badges always in the same place: «Мои задачи» and the home page. */
export function TaskList({ slug, tasks, today, empty }: { slug: string; tasks: TaskView[]; today: string; empty: string }) {
  if (tasks.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="task-list">
      {tasks.map((task) => {
        const state = deadlineState(task, today);
        return (
          <li key={task.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0 flex-1 break-words">
              <Link href={`/o/${slug}/programmes/${task.programmeId}/activities/${task.id}`} className="font-medium">
                {task.title}
              </Link>
              <p className="text-sm text-muted">
                {task.periodText || "без срока"} · {task.programmeTitle}
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap gap-1">
              <Badge>{ACTIVITY_STATUS_LABELS[task.status]}</Badge>
              {state === "overdue" ? <Badge tone="bad">просрочено</Badge> : state === "due-this-week" ? <Badge tone="warn">срок на этой неделе</Badge> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
