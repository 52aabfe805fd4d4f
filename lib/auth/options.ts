import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "@/lib/env";
import { authenticate } from "@/lib/auth/sign-in";
import { requestAddress } from "@/lib/auth/client-address";
import { servedOverHttps } from "@/lib/auth/cookies";
import { recordSignOut } from "@/lib/auth/sign-out";
import { sessionClaims } from "@/lib/auth/session-token";
import { checkSession, startSession } from "@/lib/auth/session-store";

export const SIGN_IN_LOCKED = "locked";

type HeaderBag = Record<string, string | string[] | undefined>;

function userAgentOf(headers: HeaderBag): string | null {
  const value = headers["user-agent"];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * next-auth runs sign-in and sign-out only. Pages and actions check the session themselves
 * (proxy.ts, lib/auth/current-user.ts): the cookie names a row of user_sessions.
 */
export function authOptions(requestHeaders: Headers = new Headers()): NextAuthOptions {
  return {
    secret: authSecret(),
    // Secure, __Secure- prefixed cookies exactly when served over https (sessionCookieName follows).
    useSecureCookies: servedOverHttps(requestHeaders),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const headers = request.headers ?? {};
          const outcome = await authenticate(credentials, requestAddress(headers));
          if (outcome.ok) {
            const sessionId = await startSession(outcome.userId, { ipAddress: requestAddress(headers), userAgent: userAgentOf(headers) });
            return { id: outcome.userId, sessionVersion: outcome.sessionVersion, sessionId };
          }
          // next-auth v4 hands a thrown message to the client as `error`.
          if (outcome.reason === "locked") throw new Error(SIGN_IN_LOCKED);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { ...token, uid: user.id, sv: user.sessionVersion, sid: user.sessionId };
        // Only next-auth's own /api/auth/session gets here. A revoked session is emptied
        // (throwing is what does that in v4); one that could not be checked is kept.
        if ((await checkSession(sessionClaims(token))).status === "signed-out") throw new Error("Session revoked");
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.uid ?? "" };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = sessionClaims(token);
        if (claims) await recordSignOut(claims);
      },
    },
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") return;
        console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
      },
      warn(code) {
        if (code !== "NEXTAUTH_URL" && code !== "DEBUG_ENABLED") console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
  };
}
