import type { RoadmapView } from "@/lib/roadmap/queries";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import type { OrderReference } from "@/lib/documents/layout";

type Programme = RoadmapView["programme"];

/** «Дорожная карта (план мероприятий) реализации программы наставничества «…» на 2025/2026 учебный год». */
export function roadmapTitle(programme: Pick<Programme, "title" | "academicYear">): string {
  return `Дорожная карта (план мероприятий) реализации программы наставничества «${programme.title}» на ${academicYearLabel(programme.academicYear)} учебный год`;
}

/** «1.» for a stage, «1.1.» for its first activity: the stage's number, then the activity's, as schools number them. */
export const stageNumber = (stageIndex: number) => `${stageIndex + 1}.`;
export const activityNumber = (stageIndex: number, index: number) => `${stageIndex + 1}.${index + 1}.`;

/** The signed order that approved the programme, as it is cited on paper; null before approval. */
export function approvingOrder(programme: Pick<Programme, "approvedBy">): OrderReference | null {
  const order = programme.approvedBy;
  return order?.signedOn && order.number ? { signedOn: formatCalendarDate(order.signedOn), number: order.number } : null;
}

/** The line under the title of an exported table: approved by which order, or not yet. */
export function approvalLine(programme: Pick<Programme, "approvedBy">): string {
  const order = approvingOrder(programme);
  return order ? `Утверждена приказом директора от ${order.signedOn} № ${order.number}` : "Не утверждена (проект)";
}
