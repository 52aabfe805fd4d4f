"use server";

import { tenantFormAction } from "@/lib/actions/server";
import {
  activityIdSchema,
  addActivitySchema,
  addCommentSchema,
  addEvidenceSchema,
  addStageSchema,
  moveActivitySchema,
  moveStageSchema,
  removeEvidenceSchema,
  renameStageSchema,
  setActivityStatusSchema,
  stageIdSchema,
  updateActivitySchema,
} from "@/lib/roadmap/schemas";
import {
  addActivity,
  addComment,
  addEvidence,
  addStage,
  moveActivity,
  moveStage,
  removeActivity,
  removeEvidence,
  removeStage,
  renameStage,
  setActivityStatus,
  updateActivity,
} from "@/lib/roadmap/service";

const ACTIVITY_ARRAYS = { arrayFields: ["responsibleRoles", "responsibleMembershipIds"] } as const;

export const addStageAction = tenantFormAction({
  name: "roadmap.addStage",
  permission: "roadmap.edit",
  input: addStageSchema,
  run: ({ ctx, input, tx }) => addStage(tx, ctx, input),
  success: "Этап добавлен.",
});

export const renameStageAction = tenantFormAction({
  name: "roadmap.renameStage",
  permission: "roadmap.edit",
  input: renameStageSchema,
  run: ({ ctx, input, tx }) => renameStage(tx, ctx, input),
  success: "Этап переименован.",
});

export const removeStageAction = tenantFormAction({
  name: "roadmap.removeStage",
  permission: "roadmap.edit",
  input: stageIdSchema,
  run: ({ ctx, input, tx }) => removeStage(tx, ctx, input.stageId),
  success: "Этап удалён.",
});

export const moveStageAction = tenantFormAction({
  name: "roadmap.moveStage",
  permission: "roadmap.edit",
  input: moveStageSchema,
  run: ({ ctx, input, tx }) => moveStage(tx, ctx, input),
  success: "Порядок этапов изменён.",
});

export const addActivityAction = tenantFormAction(
  {
    name: "roadmap.addActivity",
    permission: "roadmap.edit",
    input: addActivitySchema,
    run: ({ ctx, input, tx }) => addActivity(tx, ctx, input),
    success: "Мероприятие добавлено.",
  },
  ACTIVITY_ARRAYS,
);

export const updateActivityAction = tenantFormAction(
  {
    name: "roadmap.updateActivity",
    permission: "roadmap.edit",
    input: updateActivitySchema,
    run: ({ ctx, input, tx }) => updateActivity(tx, ctx, input),
    success: "Мероприятие сохранено.",
  },
  ACTIVITY_ARRAYS,
);

export const moveActivityAction = tenantFormAction({
  name: "roadmap.moveActivity",
  permission: "roadmap.edit",
  input: moveActivitySchema,
  run: ({ ctx, input, tx }) => moveActivity(tx, ctx, input),
  success: "Порядок мероприятий изменён.",
});

export const removeActivityAction = tenantFormAction({
  name: "roadmap.removeActivity",
  permission: "roadmap.edit",
  input: activityIdSchema,
  run: ({ ctx, input, tx }) => removeActivity(tx, ctx, input.activityId),
  success: "Мероприятие удалено.",
});

export const setActivityStatusAction = tenantFormAction({
  name: "roadmap.setStatus",
  permission: "roadmap.updateOwn",
  input: setActivityStatusSchema,
  run: ({ ctx, input, tx }) => setActivityStatus(tx, ctx, input),
  success: "Статус сохранён.",
});

export const addEvidenceAction = tenantFormAction({
  name: "roadmap.addEvidence",
  permission: "roadmap.updateOwn",
  input: addEvidenceSchema,
  run: ({ ctx, input, tx }) => addEvidence(tx, ctx, input),
  success: "Подтверждение добавлено.",
});

export const removeEvidenceAction = tenantFormAction({
  name: "roadmap.removeEvidence",
  permission: "roadmap.edit",
  input: removeEvidenceSchema,
  run: ({ ctx, input, tx }) => removeEvidence(tx, ctx, input.evidenceId),
  success: "Подтверждение удалено.",
});

export const addCommentAction = tenantFormAction({
  name: "roadmap.addComment",
  permission: "roadmap.updateOwn",
  input: addCommentSchema,
  run: ({ ctx, input, tx }) => addComment(tx, ctx, input),
  success: "Комментарий добавлен.",
});
