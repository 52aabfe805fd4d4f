import type { RoadmapView } from "@/lib/roadmap/queries";
import { workbookBuffer, type Column } from "@/lib/export/xlsx";
import { ACTIVITY_STATUS_LABELS } from "@/lib/roadmap/views";
import { roleList } from "@/lib/access/roles";
import { calendarDate } from "@/lib/dates/calendar-date";
import { activityNumber, approvalLine, roadmapTitle, stageNumber } from "@/lib/roadmap/export/heading";

/** The exported layout, which the import reads back: one row per activity, its stage named in column A. */
export const ROADMAP_XLSX_COLUMNS: Column[] = [
  { header: "Этап", width: 30 },
  { header: "№", width: 6 },
  { header: "Мероприятия", width: 60 },
  { header: "Результат", width: 30 },
  { header: "Сроки", width: 24 },
  { header: "Ответственные", width: 30 },
  { header: "Начало", width: 12, format: "date" },
  { header: "Окончание", width: 12, format: "date" },
  { header: "Статус", width: 14 },
  { header: "Выполнено", width: 12, format: "date" },
];

const asDate = (iso: string | null) => (iso ? calendarDate(iso) : null);

export function roadmapXlsx(roadmap: RoadmapView, organisation: { fullName: string }): Promise<Buffer> {
  const rows = roadmap.stages.flatMap((stage, stageIndex) =>
    stage.activities.map((activity, index) => [
      `${stageNumber(stageIndex)} ${stage.title}`,
      activityNumber(stageIndex, index),
      activity.title,
      activity.expectedResult,
      activity.periodText,
      activity.responsibleText || roleList(activity.responsibleRoles),
      asDate(activity.startsOn),
      asDate(activity.endsOn),
      ACTIVITY_STATUS_LABELS[activity.status],
      asDate(activity.completedOn),
    ]),
  );
  return workbookBuffer({
    sheetName: "Дорожная карта",
    title: [organisation.fullName, roadmapTitle(roadmap.programme), approvalLine(roadmap.programme)],
    columns: ROADMAP_XLSX_COLUMNS,
    rows,
  });
}
