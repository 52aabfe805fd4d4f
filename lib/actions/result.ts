export type ActionFailureCode = "unauthenticated" | "not_found" | "forbidden" | "invalid" | "refused" | "conflict" | "failed";

export type ActionResult<R> =
  | { ok: true; data: R; message: string }
  | { ok: false; code: ActionFailureCode; message: string; fieldErrors?: Record<string, string> };

/** What a form shows after submitting: kept serialisable for useActionState. */
export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string; data?: Record<string, string> }
  | { status: "error"; message: string; fieldErrors?: Record<string, string>; conflict?: true };

export const IDLE: FormState = { status: "idle" };

export const FAILURE_MESSAGES: Record<ActionFailureCode, string> = {
  unauthenticated: "Войдите в систему, чтобы продолжить.",
  not_found: "Запись не найдена.",
  forbidden: "Недостаточно прав для этого действия.",
  invalid: "Проверьте заполнение формы.",
  refused: "Действие отклонено.",
  conflict: "Документ уже изменили: обновите страницу и внесите правки ещё раз.",
  failed: "Не удалось выполнить действие. Попробуйте ещё раз или обратитесь к администратору.",
};

export function failure(code: ActionFailureCode, message = FAILURE_MESSAGES[code], fieldErrors?: Record<string, string>) {
  return { ok: false as const, code, message, fieldErrors };
}
