const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-ink hover:bg-slate-50 disabled:text-slate-400",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-400",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Button styling for <button> and for links that look like buttons, on the server and the client. */
export function buttonClass(variant: ButtonVariant = "primary"): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium no-underline hover:no-underline transition-colors ${VARIANTS[variant]}`;
}
