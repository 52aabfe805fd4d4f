"use server";

import { headers } from "next/headers";
import { requestAddress } from "@/lib/auth/client-address";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { acceptInvitation } from "@/lib/invitations/accept";

/** Public: the token in the form is the only credential; it is consumed on success. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await acceptInvitation(formDataToObject(formData), requestAddress(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  return { status: "success", message: result.message, data: result.data };
}
