import type { OrganisationRole } from "@/lib/generated/prisma/enums";

export type TemplateActivity = {
  title: string;
  description?: string;
  /** The expected result or document (протокол, приказ, база, анкеты). */
  result?: string;
  /** As the source writes it, for its own `sourceAcademicYear`. */
  period: string;
  /** As the source writes it: «Куратор, классные руководители». */
  responsible: string;
  /** The roles `responsible` names. */
  responsibleRoles: OrganisationRole[];
};

export type TemplateStage = { title: string; activities: TemplateActivity[] };

export type RoadmapTemplate = {
  id: string;
  title: string;
  description: string;
  /** Where the template comes from. */
  source: string;
  /** The academic year the periods are written for: 2021 for 2021/2022. */
  sourceAcademicYear: number;
  stages: TemplateStage[];
};
