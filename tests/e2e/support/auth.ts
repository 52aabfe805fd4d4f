import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** What next-auth's credentials callback answers with `json=true`. */
type CallbackAnswer = { url?: string };

/**
 * Signs in through next-auth's API (csrf token, then the credentials callback), so the
 * session cookie lands in the context that owns `request` (page.request / context.request).
 * Returns whether the sign-in was accepted; a refused one counts towards the lock like any other.
 */
export async function trySignInThroughApi(request: APIRequestContext, email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  const answer = (await response.json().catch(() => ({}))) as CallbackAnswer;
  const error = answer.url ? new URL(answer.url, "http://localhost").searchParams.get("error") : "no answer";
  return { ok: response.ok() && !error, error };
}

export async function signInThroughApi(request: APIRequestContext, email: string, password: string): Promise<void> {
  const outcome = await trySignInThroughApi(request, email, password);
  expect(outcome, `API sign-in of ${email}`).toEqual({ ok: true, error: null });
}

/** Fills and submits the /login form; waits for the credentials callback to answer. */
export async function submitLoginForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Войти" }).click();
  await answered;
}
