"use client";

import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { IDLE, type FormState } from "@/lib/actions/result";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * react-hook-form with the same zod schema the server action checks: errors show as the
 * user types, the server's verdict (and its field errors) land in the same places.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  action: FormAction,
  options: { defaultValues?: DefaultValues<z.input<S>>; resetOnSuccess?: boolean } = {},
) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const { setError, reset } = form;

  useEffect(() => {
    if (state.status === "error") {
      for (const [name, message] of Object.entries(state.fieldErrors ?? {})) {
        setError(name as Path<z.input<S>>, { type: "server", message });
      }
    }
    if (state.status === "success" && options.resetOnSuccess) reset();
  }, [state, setError, reset, options.resetOnSuccess]);

  // The browser's own form data is sent, so hidden inputs and checkbox groups arrive as the server expects.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    return form.handleSubmit(() => startTransition(() => formAction(new FormData(element))))(event);
  };

  const errorOf = (name: string): string | undefined => {
    const error = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name];
    return typeof error?.message === "string" ? error.message : undefined;
  };

  return { form, state, pending, onSubmit, errorOf };
}
