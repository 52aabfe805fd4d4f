// Signs in through next-auth's credentials callback, as the login form does, and keeps the cookies.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "").filter(Boolean);
}

/** The Cookie header of a signed-in session of `email`. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; "), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.includes("session-token"))) throw new Error(`bench: ${email} could not sign in (HTTP ${response.status})`);
  return cookies.join("; ");
}
