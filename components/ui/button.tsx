"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-class";

export type { ButtonVariant };

export function SubmitButton({
  children,
  pendingText = "Сохранение…",
  variant = "primary",
  pending,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" className={buttonClass(variant)} disabled={busy} aria-disabled={busy}>
      {busy ? pendingText : children}
    </button>
  );
}
