import { NextResponse, type NextRequest } from "next/server";
import { checkRequestSession, needsSessionCheck, serviceUnavailable } from "@/lib/auth/session-gate";
import { SESSION_HEADER, sealSession } from "@/lib/auth/session-header";
import { servedOverHttps } from "@/lib/auth/cookies";

// Browsers heed it only over https; sent only then, so a plain-http install is never locked out.
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Sets a per-request Content-Security-Policy with a script nonce (Next applies it to its own
 * scripts), and checks the session once per request (lib/auth/session-gate.ts): the answer goes
 * to the render in a signed header, or, when the database cannot be reached, a 503 goes back
 * at once. What a user may see is still decided by every page and action.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Lets a page send a signed-out visitor to /login and back to where they were going.
  requestHeaders.set("x-request-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.delete(SESSION_HEADER);
  if (needsSessionCheck(request)) {
    const session = await checkRequestSession(request);
    if (session.status === "unavailable") return serviceUnavailable(request, { "Content-Security-Policy": policy });
    requestHeaders.set(SESSION_HEADER, sealSession({ user: session.status === "signed-in" ? session.user : null }));
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
