import type { FormState } from "@/lib/actions/result";

/**
 * The outcome of a submitted form, announced to screen readers. Forms without a place next to
 * each field (one-button forms) list the field errors here.
 */
export function FormMessage({ state, listFieldErrors = false }: { state: FormState; listFieldErrors?: boolean }) {
  if (state.status === "idle") return null;
  const success = state.status === "success";
  return (
    <div
      role={success ? "status" : "alert"}
      data-testid={success ? "form-success" : "form-error"}
      className={`rounded-md border px-4 py-3 text-sm ${success ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      {state.message}
      {listFieldErrors && state.status === "error" && state.fieldErrors ? (
        <ul className="mt-1 list-disc pl-5">
          {Object.values(state.fieldErrors).map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
