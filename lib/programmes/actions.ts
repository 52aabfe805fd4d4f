"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { copyProgrammeSchema, createProgrammeSchema, customFormSchema, updateProgrammeSchema } from "@/lib/programmes/schemas";
import { addCustomForm, completeProgramme, copyProgramme, createProgramme, updateProgramme } from "@/lib/programmes/service";

export const createProgrammeAction = tenantFormAction(
  {
    name: "programmes.create",
    permission: "programmes.manage",
    input: createProgrammeSchema,
    run: async ({ ctx, input, tx }) => createProgramme(tx, ctx, input),
    success: "Программа создана, дорожная карта заполнена по шаблону.",
  },
  { arrayFields: ["forms"] },
);

export const copyProgrammeAction = tenantFormAction({
  name: "programmes.copy",
  permission: "programmes.manage",
  input: copyProgrammeSchema,
  run: async ({ ctx, input, tx }) => copyProgramme(tx, ctx, input.programmeId),
  success: "Создана программа на следующий учебный год: даты дорожной карты сдвинуты на год.",
});

export const updateProgrammeAction = tenantFormAction(
  {
    name: "programmes.update",
    permission: "programmes.manage",
    input: updateProgrammeSchema,
    run: ({ ctx, input, tx }) => updateProgramme(tx, ctx, input),
    success: "Параметры программы сохранены.",
  },
  { arrayFields: ["forms"] },
);

export const addCustomFormAction = tenantFormAction({
  name: "programmes.addForm",
  permission: "programmes.manage",
  input: customFormSchema,
  run: ({ ctx, input, tx }) => addCustomForm(tx, ctx, input),
  success: "Форма наставничества добавлена в каталог организации.",
});

export const completeProgrammeAction = tenantFormAction({
  name: "programmes.complete",
  permission: "programmes.complete",
  input: copyProgrammeSchema,
  run: ({ ctx, input, tx }) => completeProgramme(tx, ctx, input.programmeId),
  success: "Программа завершена. Её дорожная карта сохранена без изменений.",
});
