import { boardingStudentsTemplate } from "./boarding-students";
import { boardingTeachersTemplate } from "./boarding-teachers";
import { lyceumTemplate } from "./lyceum";
import { regulationTemplate } from "./regulation";
import { ruralTeachersTemplate } from "./rural-teachers";
import type { RoadmapTemplate } from "./types";

export type { RoadmapTemplate, TemplateActivity, TemplateStage } from "./types";

export const ROADMAP_TEMPLATES: RoadmapTemplate[] = [
  regulationTemplate,
  lyceumTemplate,
  ruralTeachersTemplate,
  boardingTeachersTemplate,
  boardingStudentsTemplate,
];

export function roadmapTemplate(id: string): RoadmapTemplate | undefined {
  return ROADMAP_TEMPLATES.find((template) => template.id === id);
}
