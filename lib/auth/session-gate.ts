import { NextResponse, type NextRequest } from "next/server";
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_STYLES } from "@/components/shell/service-unavailable";
import { readSessionClaims } from "@/lib/auth/session-token";
import { checkSession, type SessionVerdict } from "@/lib/auth/session-store";

/** next-auth's own endpoints (sign-in, sign-out, csrf) read the cookie themselves. */
export function needsSessionCheck(request: NextRequest): boolean {
  return !request.nextUrl.pathname.startsWith("/api/auth/");
}

/** The one session check of a request: decode the cookie, then one query (none without a cookie). */
export async function checkRequestSession(request: NextRequest): Promise<SessionVerdict> {
  return checkSession(await readSessionClaims(request));
}

/**
 * The answer while the database cannot be reached: 503 with a Russian page and a retry link.
 * No redirect to /login and no Set-Cookie: the session is kept for when the database is back.
 */
export function serviceUnavailable(request: NextRequest, headers: Record<string, string>): NextResponse {
  const html = unavailablePage(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  return new NextResponse(html, {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** components/shell/service-unavailable.tsx as a document (Next forbids react-dom/server in a proxy). */
function unavailablePage(retryHref: string): string {
  const { title, message, retry } = SERVICE_UNAVAILABLE;
  const styles = SERVICE_UNAVAILABLE_STYLES;
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Тандем</title></head><body style="margin:0;background:#fff"><main id="main" style="${styles.main}">
<p style="${styles.code}">503</p><h1 style="${styles.title}">${title}</h1><p style="${styles.message}">${message}</p>
<p><a href="${escapeHtml(retryHref)}" style="${styles.link}">${retry}</a></p></main></body></html>`;
}
