import { randomUUID } from "node:crypto";
import type { ActivityStatus, OrganisationKind, OrganisationRole, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import type { RoadmapActivityView } from "@/lib/roadmap/queries";
import type { Random } from "@/lib/ops/region/random";
import { roadmapTemplate } from "@/lib/roadmap/templates";
import { periodForYear, storedPeriod, type ActivityPeriod } from "@/lib/roadmap/materialise";
import { parsePeriod } from "@/lib/roadmap/period";
import { academicYearLabel, addDays, isoDay } from "@/lib/dates/calendar-date";
import { parseFormChoices } from "@/lib/programmes/schemas";
import { completedBy, stateByPeriod } from "@/prisma/demo/plan";

/** A programme of one academic year with its roadmap materialised from a template, statuses as the year has gone. */

export type ActivityPlan = Pick<
  RoadmapActivityView,
  "id" | "stageId" | "position" | "title" | "description" | "expectedResult" | "responsibleText" | "responsibleRoles" | "status" | "completedOn"
> & { period: ActivityPeriod };

export type ProgrammePlan = {
  id: string;
  academicYear: number;
  title: string;
  status: ProgrammeStatus;
  templateId: string;
  forms: { title: string; roleModels: string[] }[];
  stages: { id: string; position: number; title: string }[];
  activities: ActivityPlan[];
};

export function templateFor(random: Random, kind: OrganisationKind, inTown: boolean): string {
  if (kind === "LYCEUM" || kind === "GYMNASIUM") return "lyceum";
  if (kind === "BOARDING_SCHOOL") return random.pick(["boarding-students", "boarding-teachers"]);
  if (kind === "SCHOOL" && !inTown) return random.pick(["rural-teachers", "regulation"]);
  return "regulation";
}

const FORMS: Record<"school" | "college", string[]> = {
  school: [
    "ученик – ученик::успевающий – неуспевающий", "ученик – ученик::лидер – пассивный", "ученик – ученик::равный – равному",
    "учитель – учитель::опытный педагог – молодой специалист", "учитель – учитель::опытный классный руководитель – молодой специалист",
  ],
  college: ["студент – ученик::успевающий – неуспевающий", "работодатель – студент::работодатель – будущий сотрудник", "учитель – учитель::опытный педагог – молодой специалист"],
};

export function formsFor(random: Random, kind: OrganisationKind): ProgrammePlan["forms"] {
  return parseFormChoices(random.sample(FORMS[kind === "COLLEGE" ? "college" : "school"], random.int(2, 3)));
}

/** What a school adds to the template every month: meetings, reports, monitoring. */
const RECURRING: readonly { title: string; result: string; responsible: string; roles: OrganisationRole[] }[] = [
  { title: "Встречи наставнических пар/групп, формы обратной связи", result: "Формы обратной связи", responsible: "Наставники", roles: ["MENTOR"] },
  { title: "Отчёт наставника куратору", result: "Отчёт наставника", responsible: "Наставники", roles: ["MENTOR"] },
  { title: "Мониторинг посещаемости и успеваемости наставляемых", result: "Сводная таблица", responsible: "Классные руководители", roles: ["CLASS_TEACHER"] },
  { title: "Консультации педагога-психолога для наставников", result: "Журнал консультаций", responsible: "Педагог-психолог", roles: ["PSYCHOLOGIST"] },
  { title: "Методическое совещание наставников", result: "Протокол совещания", responsible: "Методист, куратор", roles: ["METHODIST", "CURATOR"] },
  { title: "Новости программы наставничества на сайте и в сообществе организации", result: "Публикации", responsible: "Куратор", roles: ["CURATOR"] },
  { title: "Встреча с родителями наставляемых", result: "Протокол встречи", responsible: "Классные руководители", roles: ["CLASS_TEACHER"] },
  { title: "Промежуточное анкетирование наставляемых", result: "Анкеты", responsible: "Куратор, педагог-психолог", roles: ["CURATOR", "PSYCHOLOGIST"] },
  { title: "Совместное мероприятие наставнических пар (мастер-класс, экскурсия, проект)", result: "Фотоотчёт", responsible: "Наставники", roles: ["MENTOR"] },
  { title: "Обновление базы наставников и наставляемых", result: "База наставников и наставляемых", responsible: "Куратор", roles: ["CURATOR"] },
];
const COHORTS = ["", " (5–6 классы)", " (7–9 классы)", " (10–11 классы)"];
const MONTHS = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль", "март", "апрель", "май"];

type SeedActivity = Omit<ActivityPlan, "id" | "stageId" | "position" | "status" | "completedOn">;

/** `count` monthly activities of the year: topics × months, then the same by groups of classes. */
function recurring(academicYear: number, count: number): SeedActivity[] {
  const activities: SeedActivity[] = [];
  for (const cohort of COHORTS) {
    for (const topic of RECURRING) {
      for (const [index, month] of MONTHS.entries()) {
        if (activities.length >= count) return activities;
        const text = `${month} ${index < 4 ? academicYear : academicYear + 1}`;
        const parsed = parsePeriod(text, { startYear: academicYear });
        if (!parsed.ok) throw new Error(`a recurring period the parser cannot read: ${text}`);
        activities.push({ title: `${topic.title}${cohort}: ${month}`, description: null, expectedResult: topic.result, period: storedPeriod(parsed), responsibleText: topic.responsible, responsibleRoles: topic.roles });
      }
    }
  }
  return activities;
}

/** The template's stages moved into the year (cached: every school of a template shares them). */
const materialised = new Map<string, { title: string; activities: SeedActivity[] }[]>();
function stagesOf(templateId: string, academicYear: number) {
  const key = `${templateId}:${academicYear}`;
  const cached = materialised.get(key);
  if (cached) return cached;
  const template = roadmapTemplate(templateId);
  if (!template) throw new Error(`no roadmap template ${templateId}`);
  const stages = template.stages.map((stage) => ({
    title: stage.title,
    activities: stage.activities.map((activity) => ({
      title: activity.title,
      description: activity.description ?? null,
      expectedResult: activity.result ?? null,
      period: periodForYear(activity.period, template.sourceAcademicYear, academicYear),
      responsibleText: activity.responsible,
      responsibleRoles: activity.responsibleRoles,
    })),
  }));
  materialised.set(key, stages);
  return stages;
}

type Progress = { status: ActivityStatus; completedOn: string | null };

/** A past year: done by its deadline (a few cancelled); this year: by the demo's rule, with some left overdue. */
function progressOf(random: Random, activity: SeedActivity, index: number, programme: { academicYear: number; status: ProgrammeStatus }, today: string): Progress {
  const { startsOn, endsOn } = activity.period;
  if (programme.status === "DRAFT") return { status: "PLANNED", completedOn: null };
  if (programme.status === "COMPLETED") {
    if (random.chance(0.03)) return { status: "CANCELLED", completedOn: null };
    const yearEnd = `${programme.academicYear + 1}-05-31`;
    const end = endsOn ? isoDay(endsOn) : yearEnd;
    return { status: "DONE", completedOn: completedBy(addDays(end < yearEnd ? end : yearEnd, -random.int(0, 4)), today) };
  }
  const state = stateByPeriod({ startsOn: startsOn && isoDay(startsOn), endsOn: endsOn && isoDay(endsOn) }, today, index % 5);
  if (!state) return { status: "PLANNED", completedOn: null };
  if (state.status === "IN_PROGRESS") return { status: "IN_PROGRESS", completedOn: null };
  // Overdue: a tenth of what should be done by now is still open.
  if (endsOn && isoDay(endsOn) < today && random.chance(0.1)) return { status: random.chance(0.5) ? "IN_PROGRESS" : "PLANNED", completedOn: null };
  return { status: "DONE", completedOn: state.completedOn };
}

export function programmePlan(
  random: Random,
  input: { academicYear: number; status: ProgrammeStatus; templateId: string; forms: ProgrammePlan["forms"]; recurringCount: number; today: string },
): ProgrammePlan {
  const stages = stagesOf(input.templateId, input.academicYear).map((stage) => ({ ...stage, activities: [...stage.activities] }));
  const working = stages.find((stage) => /работ/i.test(stage.title)) ?? stages[Math.floor(stages.length / 2)];
  working?.activities.push(...recurring(input.academicYear, input.recurringCount));
  const plannedStages = stages.map((stage, position) => ({ id: randomUUID(), position, title: stage.title }));
  let index = 0;
  const activities = stages.flatMap((stage, stageIndex) =>
    stage.activities.map((activity, position) => ({
      ...activity,
      id: randomUUID(),
      stageId: plannedStages[stageIndex]?.id ?? "",
      position,
      ...progressOf(random, activity, index++, input, input.today),
    })),
  );
  return {
    id: randomUUID(),
    academicYear: input.academicYear,
    title: `Программа наставничества на ${academicYearLabel(input.academicYear)} учебный год`,
    status: input.status,
    templateId: input.templateId,
    forms: input.forms,
    stages: plannedStages,
    activities,
  };
}
