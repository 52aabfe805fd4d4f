import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/dates/calendar-date";

export type ScheduledActivity = { status: ActivityStatus; startsOn: string | null; endsOn: string | null };
export type DeadlineState = "overdue" | "due-this-week" | null;

const FINISHED: readonly ActivityStatus[] = ["DONE", "CANCELLED"];

/** Overdue: the end has passed and it is not done; due this week: it ends within the next seven days. */
export function deadlineState(activity: ScheduledActivity, today: string): DeadlineState {
  if (FINISHED.includes(activity.status) || !activity.endsOn) return null;
  if (activity.endsOn < today) return "overdue";
  if (activity.endsOn <= addDays(today, 7)) return "due-this-week";
  return null;
}

/** Done out of all that are not cancelled. */
export function progressOf(activities: readonly { status: ActivityStatus }[]): { done: number; total: number; percent: number } {
  const counted = activities.filter((activity) => activity.status !== "CANCELLED");
  const done = counted.filter((activity) => activity.status === "DONE").length;
  return { done, total: counted.length, percent: counted.length === 0 ? 0 : Math.round((done / counted.length) * 100) };
}

/** The twelve months of an academic year, September first, as yyyy-MM. */
export function academicMonths(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((8 + index) % 12) + 1;
    const year = index < 4 ? startYear : startYear + 1;
    return `${year}-${String(month).padStart(2, "0")}`;
  });
}

/** Which of the months an activity spans (a deadline marks its own month only). */
export function monthsSpanned(activity: { startsOn: string | null; endsOn: string | null }, months: readonly string[]): boolean[] {
  const from = (activity.startsOn ?? activity.endsOn)?.slice(0, 7);
  const to = activity.endsOn?.slice(0, 7) ?? from;
  return months.map((month) => Boolean(from && to && month >= from && month <= to));
}

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  PLANNED: "запланировано",
  IN_PROGRESS: "в работе",
  DONE: "выполнено",
  CANCELLED: "отменено",
};
