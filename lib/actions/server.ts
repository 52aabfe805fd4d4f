import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/client-address";
import {
  executeTenantAction,
  executeTenantRoute,
  executeUserAction,
  registerAction,
  type TenantActionDefinition,
  type TenantRouteDefinition,
  type UserActionDefinition,
} from "@/lib/actions/define";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult, FormState } from "@/lib/actions/result";

type Schema = z.ZodType<unknown, unknown>;
type SuccessData = Record<string, string> | void;
type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
type Options = { arrayFields?: readonly string[] };

function toFormState<R extends SuccessData>(result: ActionResult<R>): FormState {
  if (!result.ok) {
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, ...(result.code === "conflict" ? { conflict: true as const } : {}) };
  }
  return { status: "success", message: result.message, ...(result.data ? { data: result.data } : {}) };
}

async function callerAddress(): Promise<string> {
  return requestAddress(await headers());
}

/**
 * Registers a tenant action and returns the call that runs it for the current request:
 * the session, the caller's address and revalidation come from here. For actions whose
 * input or result is not a plain form (a file, a report), wrap the call in your own adapter.
 */
export function tenantAction<S extends Schema, R>(definition: Omit<TenantActionDefinition<S, R>, "kind">) {
  const registered: TenantActionDefinition<S, R> = registerAction({ kind: "tenant", ...definition });
  return async (organisation: unknown, input: unknown): Promise<ActionResult<R>> => {
    const result = await executeTenantAction(registered, await getCurrentUser(), organisation, input, await callerAddress());
    if (result.ok && typeof organisation === "string") revalidatePath(`/o/${organisation}`, "layout");
    return result;
  };
}

/** A server action for a form inside /o/<slug>; the form sends the slug as `organisation`. */
export function tenantFormAction<S extends Schema, R extends SuccessData>(
  definition: Omit<TenantActionDefinition<S, R>, "kind">,
  options: Options = {},
): FormAction {
  const run = tenantAction(definition);
  return async (_previous, formData) => {
    const { organisation, ...input } = formDataToObject(formData, options.arrayFields);
    return toFormState(await run(organisation, input));
  };
}

/** A server action of a signed-in user outside organisations (profile, administration). */
export function userFormAction<S extends Schema, R extends SuccessData>(
  definition: Omit<UserActionDefinition<S, R>, "kind">,
  options: Options & { revalidate?: string } = {},
): FormAction {
  const registered: UserActionDefinition<S, R> = registerAction({ kind: "user", ...definition });
  return async (_previous, formData) => {
    const input = formDataToObject(formData, options.arrayFields);
    const result = await executeUserAction(registered, await getCurrentUser(), input, await callerAddress());
    if (result.ok && options.revalidate) revalidatePath(options.revalidate, "layout");
    return toFormState(result);
  };
}

/** A route handler under /o/[slug]/…, checked like an action. */
export function tenantRoute(definition: Omit<TenantRouteDefinition, "kind">) {
  const registered: TenantRouteDefinition = registerAction({ kind: "route", ...definition });
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> =>
    executeTenantRoute(registered, await getCurrentUser(), request, await context.params, await callerAddress());
}
