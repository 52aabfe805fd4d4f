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

/** A roadmap longer than this opens one stage at a time: 300 rows of controls are one slow page. */
export const OPEN_ALL_STAGES_UP_TO = 60;

export type StageOpening = { all: true } | { all: false; open: string };

/**
 * Which stages show their activities: every one on a roadmap of up to OPEN_ALL_STAGES_UP_TO
 * activities, or when «all» is asked for; otherwise the stage asked for, else the first with
 * work still open (or the first stage, when everything is finished).
 */
export function stageOpening(stages: readonly { id: string; activities: readonly { status: ActivityStatus }[] }[], asked: string | undefined): StageOpening {
  const total = stages.reduce((sum, stage) => sum + stage.activities.length, 0);
  if (asked === "all" || total <= OPEN_ALL_STAGES_UP_TO) return { all: true };
  const chosen =
    stages.find((stage) => stage.id === asked) ??
    stages.find((stage) => stage.activities.some((activity) => !FINISHED.includes(activity.status))) ??
    stages[0];
  return chosen ? { all: false, open: chosen.id } : { all: true };
}

export const isOpen = (opening: StageOpening, stageId: string) => opening.all || opening.open === stageId;
