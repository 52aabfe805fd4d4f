"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { agreementSchema, savePartnerSchema } from "@/lib/partners/schemas";
import { addAgreement, savePartner } from "@/lib/partners/service";

export const savePartnerAction = tenantFormAction({
  name: "partners.save",
  permission: "partners.manage",
  input: savePartnerSchema,
  run: ({ ctx, input, tx }) => savePartner(tx, ctx, input),
  success: "Сведения о партнёре сохранены.",
});

export const addAgreementAction = tenantFormAction({
  name: "partners.addAgreement",
  permission: "partners.manage",
  input: agreementSchema,
  run: ({ ctx, input, tx }) => addAgreement(tx, ctx, input),
  success: "Соглашение добавлено.",
});
