"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { IDLE } from "@/lib/actions/result";
import type { FormAction } from "@/components/forms/use-action-form";
import { SubmitButton, type ButtonVariant } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";

/**
 * One button that runs one server action with fixed fields, and says how it went. The form keeps
 * what the user chose or typed — a saved status stays selected, a refused comment stays typed —
 * unless `resetOnSuccess` empties a form that adds something once it is added. (React resets a
 * form after its action by itself; submitting by hand keeps it, and without JavaScript the form
 * still posts its action.)
 */
export function ActionButton({
  action,
  fields,
  label,
  pendingText = "Подождите…",
  variant = "secondary",
  resetOnSuccess = false,
  children,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: ButtonVariant;
  resetOnSuccess?: boolean;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success" && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-2">
      <ActionMessage state={state} listFieldErrors />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText={pendingText} pending={pending}>
        {label}
      </SubmitButton>
    </form>
  );
}
