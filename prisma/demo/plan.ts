import type { ActivityStatus, OrganisationRole } from "@/lib/generated/prisma/enums";
import { academicYearStartOf, addDays, formatCalendarDate } from "@/lib/dates/calendar-date";

/**
 * How each demo school looks mid-year, as plain data computed from today (so the demo never
 * goes stale): last year's programme completed, this year's approved and under way.
 */
export type DemoSchoolYear = {
  /** lib/roadmap/templates: the school's own roadmap. */
  templateId: string;
  /** The order-number pattern the school set on /orders. */
  numberPattern: string;
  forms: string[];
};

export const DEMO_SCHOOL_YEARS: Record<string, DemoSchoolYear> = {
  "lyceum-17": {
    templateId: "lyceum",
    numberPattern: "{n}/од",
    forms: ["ученик – ученик::успевающий – неуспевающий", "ученик – ученик::лидер – пассивный", "учитель – учитель::опытный педагог – молодой специалист"],
  },
  "stepnovskaya-sosh": {
    templateId: "rural-teachers",
    numberPattern: "{n}",
    forms: ["учитель – учитель::опытный педагог – молодой специалист", "ученик – ученик::равный – равному"],
  },
  "ozerskaya-internat": {
    templateId: "boarding-students",
    numberPattern: "328-01-{nn}",
    forms: ["ученик – ученик::лидер – пассивный", "ученик – ученик::равный – равному"],
  },
};

/** The state the demo gives one open activity of this year's roadmap, with its period rewritten relative to today. */
export type DemoSlot = { status: ActivityStatus; periodText: string; completedOn?: string; comment?: string };

/** An activity the demo adds to this year's roadmap, so that mentors and class teachers have tasks of their own. */
export type DemoAddedActivity = {
  /** The first stage whose title matches holds it (else the last stage but one). */
  stage: RegExp;
  title: string;
  expectedResult: string;
  periodText: string;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  status: ActivityStatus;
  /** Written by a person of the responsible role. */
  comment?: string;
};

export type DemoCalendar = {
  today: string;
  /** The current academic year's start year. */
  year: number;
  /** When the director signed the orders approving last year's and this year's programmes. */
  lastYearApprovedOn: string;
  approvedOn: string;
  slots: DemoSlot[];
  added: DemoAddedActivity[];
};

const earliest = (a: string, b: string) => (a < b ? a : b);

export function demoCalendar(today: string): DemoCalendar {
  const year = academicYearStartOf(today);
  const day = (offset: number) => formatCalendarDate(addDays(today, offset));
  return {
    today,
    year,
    lastYearApprovedOn: `${year - 1}-08-30`,
    approvedOn: `${year}-08-30`,
    slots: [
      { status: "DONE", periodText: `до ${day(-5)}`, completedOn: addDays(today, -6) },
      { status: "IN_PROGRESS", periodText: `до ${day(-4)}`, comment: "Осталось собрать анкеты двух классов, сдадим на этой неделе." },
      { status: "PLANNED", periodText: `до ${day(-11)}`, comment: "Переносим: ждём списки от классных руководителей." },
      { status: "IN_PROGRESS", periodText: `${day(-14)} – ${day(21)}` },
      { status: "PLANNED", periodText: `до ${day(2)}` },
      { status: "IN_PROGRESS", periodText: `до ${day(6)}` },
    ],
    added: [
      {
        stage: /работ|пар|групп/i,
        title: "Регулярные встречи наставников с наставляемыми, формы обратной связи после каждой встречи",
        expectedResult: "Формы обратной связи",
        periodText: "в течение года",
        responsibleText: "Наставники",
        responsibleRoles: ["MENTOR"],
        status: "IN_PROGRESS",
        comment: "Первые встречи проведены, формы обратной связи заполнены.",
      },
      {
        stage: /работ|пар|групп/i,
        title: `Ежемесячный отчёт наставника куратору`,
        expectedResult: "Отчёт наставника",
        periodText: `до ${day(3)}`,
        responsibleText: "Наставники",
        responsibleRoles: ["MENTOR"],
        status: "PLANNED",
      },
      {
        stage: /наставляем/i,
        title: "Сбор согласий родителей (законных представителей) на участие детей в программе наставничества",
        expectedResult: "Согласия родителей",
        periodText: `до ${day(5)}`,
        responsibleText: "Классные руководители",
        responsibleRoles: ["CLASS_TEACHER"],
        status: "IN_PROGRESS",
      },
    ],
  };
}

/** An activity whose period ended before today was done by then (at the latest yesterday). */
export function completedBy(endsOn: string, today: string): string {
  return earliest(endsOn, addDays(today, -1));
}

/**
 * What the school did about an activity of this year's roadmap by today, from its period alone:
 * ended, or begun three weeks ago and ending within six weeks — done (the `index`-th of them a
 * few days after the one before); begun and running on — in progress; not begun — nothing yet.
 */
export function stateByPeriod(
  activity: { startsOn: string | null; endsOn: string | null },
  today: string,
  index: number,
): { status: "DONE"; completedOn: string } | { status: "IN_PROGRESS" } | null {
  const { startsOn, endsOn } = activity;
  if (!endsOn) return null;
  if (endsOn < today) return { status: "DONE", completedOn: completedBy(startsOn ? earliest(addDays(startsOn, 10 + 4 * index), endsOn) : endsOn, today) };
  if (!startsOn || startsOn > today) return null;
  if (startsOn <= addDays(today, -21) && endsOn <= addDays(today, 45)) {
    return { status: "DONE", completedOn: completedBy(earliest(addDays(startsOn, 10 + 4 * index), endsOn), today) };
  }
  return { status: "IN_PROGRESS" };
}
