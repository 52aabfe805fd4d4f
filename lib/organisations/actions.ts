"use server";

import { tenantFormAction } from "@/lib/actions/server";
import { organisationProfileSchema } from "@/lib/organisations/schemas";
import { updateOrganisationProfile } from "@/lib/organisations/service";

export const updateOrganisationAction = tenantFormAction({
  name: "organisation.update",
  permission: "organisation.edit",
  input: organisationProfileSchema,
  run: ({ ctx, input, tx }) => updateOrganisationProfile(tx, ctx.organisation.id, input, { userId: ctx.user.id, ipAddress: ctx.ipAddress }),
  success: "Сведения об организации сохранены.",
});
