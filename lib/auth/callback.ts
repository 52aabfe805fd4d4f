/** Only a path of this site is accepted as the place to return to («/\\evil.example» is another site to a browser). */
export function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || /[\\\u0000-\u001f]/.test(path)) return "/";
  const base = "http://tandem.invalid";
  const url = new URL(path, base);
  return url.origin === base ? `${url.pathname}${url.search}` : "/";
}

/** The sign-in page that returns to `path` afterwards. */
export function signInPath(path: string | null): string {
  const back = safeCallback(path ?? undefined);
  return back === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(back)}`;
}
