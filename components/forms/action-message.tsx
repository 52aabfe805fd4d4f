"use client";

import type { FormState } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/button-class";

/**
 * The outcome of an action, and for a stale edit (someone saved first) the way out: reload
 * what is there now. Every form of the pipeline shows its result through this.
 */
export function ActionMessage({ state, listFieldErrors = false }: { state: FormState; listFieldErrors?: boolean }) {
  return (
    <>
      <FormMessage state={state} listFieldErrors={listFieldErrors} />
      {state.status === "error" && state.conflict ? (
        // A full reload: the form's fields and its version must come back from the server as they are now.
        <button type="button" className={buttonClass("secondary")} data-testid="conflict-reload" onClick={() => window.location.reload()}>
          Обновить страницу
        </button>
      ) : null}
    </>
  );
}
