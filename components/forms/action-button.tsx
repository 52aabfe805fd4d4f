"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import type { FormAction } from "@/components/forms/use-action-form";
import { SubmitButton, type ButtonVariant } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";

/** One button that runs one server action with fixed fields, and says how it went. */
export function ActionButton({
  action,
  fields,
  label,
  pendingText = "Подождите…",
  variant = "secondary",
  children,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: ButtonVariant;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <ActionMessage state={state} listFieldErrors />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </form>
  );
}
