import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/access/permissions";
import { deadlineState, type ScheduledActivity } from "@/lib/roadmap/views";

/**
 * What the home page shows a member «today», by what their roles may do; a person with several
 * roles sees the union, in this order: what waits for their signature or agreement first, then
 * the roadmap's deadlines and the programme, their own tasks, documents, their children.
 */
export const HOME_SECTIONS = ["toSign", "toAgree", "programme", "deadlines", "attention", "myTasks", "documents", "children", "contact"] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

/** How many items a home list shows before «Все …». */
export const HOME_LIST_SIZE = 5;

export function homeSections(roles: readonly OrganisationRole[]): HomeSection[] {
  const manages = can(roles, "programmes.manage");
  const shown: Record<HomeSection, boolean> = {
    toSign: can(roles, "orders.sign"),
    toAgree: can(roles, "orders.agree"),
    programme: manages,
    deadlines: can(roles, "roadmap.edit"),
    attention: manages,
    // The roadmap's editors see every deadline already; the others, the activities they answer for.
    myTasks: can(roles, "roadmap.updateOwn") && !can(roles, "roadmap.edit"),
    documents: can(roles, "orders.view") && !can(roles, "orders.draft"),
    children: can(roles, "children.view"),
    // Who to ask, for those who neither run the programme nor see its roadmap.
    contact: !can(roles, "programmes.view"),
  };
  return HOME_SECTIONS.filter((section) => shown[section]);
}

export type DeadlineGroup = "overdue" | "this-week" | "later" | "unscheduled";

export const DEADLINE_GROUP_TITLES: Record<DeadlineGroup, string> = {
  overdue: "Просрочено",
  "this-week": "Срок на этой неделе",
  later: "Позже",
  unscheduled: "Без срока",
};

/** «Мои задачи» by due date: overdue, this week, later, without a date — each keeps the order it came in. */
export function groupByDeadline<T extends ScheduledActivity>(tasks: readonly T[], today: string): { group: DeadlineGroup; tasks: T[] }[] {
  const groupOf = (task: T): DeadlineGroup => {
    const state = deadlineState(task, today);
    if (state === "overdue") return "overdue";
    if (state === "due-this-week") return "this-week";
    return task.endsOn ? "later" : "unscheduled";
  };
  const order: DeadlineGroup[] = ["overdue", "this-week", "later", "unscheduled"];
  return order.map((group) => ({ group, tasks: tasks.filter((task) => groupOf(task) === group) })).filter((entry) => entry.tasks.length > 0);
}
