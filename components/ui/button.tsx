"use client";

import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-ink hover:bg-slate-50 disabled:text-slate-400",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-400",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: ButtonVariant = "primary"): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors ${VARIANTS[variant]}`;
}

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
