"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { addGuardianSchema, markLeftSchema, personIdSchema, personSupportSchema, savePersonSchema, unlinkGuardianSchema } from "@/lib/people/schemas";
import { addGuardian, createPerson, removeGuardian, setPersonLeft, setSupport, updatePerson } from "@/lib/people/service";

export const savePersonAction = tenantFormAction({
  name: "people.save",
  permission: "people.manage",
  input: savePersonSchema,
  run: async ({ ctx, input: { personId, ...fields }, tx }): Promise<{ personId: string } | void> =>
    personId ? updatePerson(tx, ctx, { ...fields, personId }) : createPerson(tx, ctx, fields),
  success: "Сведения сохранены.",
});

export const markPersonLeftAction = tenantFormAction({
  name: "people.markLeft",
  permission: "people.manage",
  input: markLeftSchema,
  run: ({ ctx, input, tx }) => setPersonLeft(tx, ctx, input.personId, input.leftOn),
  success: "Отмечено: выбыл. Записи о нём сохранены.",
});

export const returnPersonAction = tenantFormAction({
  name: "people.return",
  permission: "people.manage",
  input: personIdSchema,
  run: ({ ctx, input, tx }) => setPersonLeft(tx, ctx, input.personId, null),
  success: "Человек снова в списках.",
});

export const addGuardianAction = tenantFormAction({
  name: "people.addGuardian",
  permission: "people.manage",
  input: addGuardianSchema,
  run: ({ ctx, input, tx }) => addGuardian(tx, ctx, input),
  success: "Родитель (законный представитель) указан.",
});

export const removeGuardianAction = tenantFormAction({
  name: "people.removeGuardian",
  permission: "people.manage",
  input: unlinkGuardianSchema,
  run: ({ ctx, input, tx }) => removeGuardian(tx, ctx, input),
  success: "Родитель убран из карточки.",
});

export const setSupportAction = tenantFormAction(
  {
    name: "people.setSupport",
    permission: "people.support",
    input: personSupportSchema,
    run: ({ ctx, input, tx }) => setSupport(tx, ctx, input),
    success: "Особые образовательные потребности сохранены.",
  },
  { arrayFields: ["needs"] },
);
