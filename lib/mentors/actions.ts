"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { addCandidateSchema, candidateCriteriaSchema, decisionSchema, mentorDocumentSchema, trainingSchema } from "@/lib/mentors/schemas";
import { addCandidate, addDocument, addTraining, recordDecision, saveCriteria } from "@/lib/mentors/service";

export const addCandidateAction = tenantFormAction({
  name: "mentors.add",
  permission: "mentors.manage",
  input: addCandidateSchema,
  run: ({ ctx, input, tx }) => addCandidate(tx, ctx, input),
  success: "Добавлен в базу наставников.",
});

export const saveCriteriaAction = tenantFormAction({
  name: "mentors.saveCriteria",
  permission: "mentors.manage",
  input: candidateCriteriaSchema,
  run: ({ ctx, input, tx }) => saveCriteria(tx, ctx, input),
  success: "Сведения о кандидате сохранены.",
});

export const addTrainingAction = tenantFormAction({
  name: "mentors.addTraining",
  permission: "mentors.manage",
  input: trainingSchema,
  run: ({ ctx, input, tx }) => addTraining(tx, ctx, input),
  success: "Обучение записано.",
});

export const addDocumentAction = tenantFormAction({
  name: "mentors.addDocument",
  permission: "mentors.manage",
  input: mentorDocumentSchema,
  run: ({ ctx, input, tx }) => addDocument(tx, ctx, input),
  success: "Документ записан.",
});

export const recordDecisionAction = tenantFormAction({
  name: "mentors.decide",
  permission: "mentors.manage",
  input: decisionSchema,
  run: ({ ctx, input, tx }) => recordDecision(tx, ctx, input),
  success: "Решение комиссии записано.",
});
