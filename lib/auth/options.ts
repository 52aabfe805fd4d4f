import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "@/lib/env";
import { authenticate } from "@/lib/auth/sign-in";
import { isSessionCurrent } from "@/lib/auth/session-version";
import { requestAddress } from "@/lib/auth/client-address";
import { recordSignOut } from "@/lib/auth/sign-out";

export const SIGN_IN_LOCKED = "locked";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const outcome = await authenticate(credentials, requestAddress(request.headers ?? {}));
          if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
          // next-auth v4 hands a thrown message to the client as `error`.
          if (outcome.reason === "locked") throw new Error(SIGN_IN_LOCKED);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { ...token, uid: user.id, sv: user.sessionVersion };
        // A disabled user, a removed role or a new password ends the session on the very
        // next request. Throwing (not returning null) is what empties a v4 session.
        if (!token.uid || token.sv === undefined || !(await isSessionCurrent(token.uid, token.sv))) {
          throw new Error("Session revoked");
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.uid ?? "" };
      },
    },
    events: {
      async signOut({ token }) {
        if (token.uid) await recordSignOut(token.uid);
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
