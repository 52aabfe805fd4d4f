"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { addMenteeSchema, addRequestSchema, menteeIntakeSchema, menteeStatusSchema, removeRequestSchema } from "@/lib/mentees/schemas";
import { addMentee, addRequest, removeRequest, saveIntake, setMenteeStatus } from "@/lib/mentees/service";

export const addMenteeAction = tenantFormAction({
  name: "mentees.add",
  permission: "mentees.manage",
  input: addMenteeSchema,
  run: ({ ctx, input, tx }) => addMentee(tx, ctx, input),
  success: "Добавлен в базу наставляемых.",
});

export const addRequestAction = tenantFormAction({
  name: "mentees.addRequest",
  permission: "mentees.request",
  input: addRequestSchema,
  run: ({ ctx, input, tx }) => addRequest(tx, ctx, input),
  success: "Запрос записан.",
});

export const removeRequestAction = tenantFormAction({
  name: "mentees.removeRequest",
  permission: "mentees.request",
  input: removeRequestSchema,
  run: ({ ctx, input, tx }) => removeRequest(tx, ctx, input.requestId),
  success: "Запрос удалён.",
});

export const saveIntakeAction = tenantFormAction({
  name: "mentees.saveIntake",
  permission: "mentees.request",
  input: menteeIntakeSchema,
  run: ({ ctx, input, tx }) => saveIntake(tx, ctx, input),
  success: "Анкета сохранена.",
});

export const setMenteeStatusAction = tenantFormAction({
  name: "mentees.setStatus",
  permission: "mentees.manage",
  input: menteeStatusSchema,
  run: ({ ctx, input, tx }) => setMenteeStatus(tx, ctx, input),
  success: "Статус сохранён.",
});
