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
/** The activities of an open stage shown at once; a longer stage (monthly meetings) is paged. */
export const STAGE_PAGE_SIZE = 50;

export type StageOpening = { all: true } | { all: false; open: string; page: number; pages: number };

type StageOfStatuses = { id: string; activities: readonly { status: ActivityStatus }[] };

const hasOpenWork = (activity: { status: ActivityStatus }) => !FINISHED.includes(activity.status);

/**
 * Which stage shows its activities, and which page of them: every stage, whole, on a roadmap of
 * up to OPEN_ALL_STAGES_UP_TO activities or when «all» is asked for; otherwise the stage asked
 * for, else the first with work still open (or the first), at the page asked for, else the page
 * of its first unfinished activity.
 */
export function stageOpening(stages: readonly StageOfStatuses[], asked: { stage?: string; page?: number }): StageOpening {
  const total = stages.reduce((sum, stage) => sum + stage.activities.length, 0);
  if (asked.stage === "all" || total <= OPEN_ALL_STAGES_UP_TO) return { all: true };
  const named = stages.find((stage) => stage.id === asked.stage);
  const chosen = named ?? stages.find((stage) => stage.activities.some(hasOpenWork)) ?? stages[0];
  if (!chosen) return { all: true };
  const pages = Math.max(1, Math.ceil(chosen.activities.length / STAGE_PAGE_SIZE));
  const firstOpen = Math.max(0, chosen.activities.findIndex(hasOpenWork));
  const wanted = named && asked.page !== undefined ? asked.page : Math.floor(firstOpen / STAGE_PAGE_SIZE) + 1;
  return { all: false, open: chosen.id, page: Math.min(pages, Math.max(1, wanted)), pages };
}

export const isOpen = (opening: StageOpening, stageId: string) => opening.all || opening.open === stageId;

/** The index in its stage of the first activity shown (for numbering «3.51.»). */
export function firstShown(opening: StageOpening, stageId: string): number {
  return opening.all || opening.open !== stageId ? 0 : (opening.page - 1) * STAGE_PAGE_SIZE;
}

/** The activities of a stage the table shows. */
export function shownActivities<T>(opening: StageOpening, stageId: string, activities: readonly T[]): { first: number; shown: readonly T[] } {
  if (opening.all) return { first: 0, shown: activities };
  const first = firstShown(opening, stageId);
  return { first, shown: opening.open === stageId ? activities.slice(first, first + STAGE_PAGE_SIZE) : [] };
}
