import { z } from "zod";
import { emailField } from "@/lib/actions/form-data";
import { personNameFields } from "@/lib/invitations/schemas";

export const inviteDirectorSchema = z
  .object({ organisationId: z.uuid("Выберите организацию"), email: emailField, ...personNameFields })
  .strict();

export const inviteSupervisorSchema = z
  .object({ authorityId: z.uuid("Выберите орган управления"), email: emailField, ...personNameFields })
  .strict();
