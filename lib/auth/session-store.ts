import type { PrismaClient } from "@/lib/generated/prisma/client";
import { inScope } from "@/lib/db/scope";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/active-user";
import type { SessionClaims } from "@/lib/auth/session-token";

/**
 * The answer to "is this request signed in, as whom". "unavailable" means the database could
 * not be asked: the session is neither confirmed nor revoked, and the cookie must survive.
 */
export type SessionVerdict = { status: "signed-in"; user: CurrentUser } | { status: "signed-out" } | { status: "unavailable" };

const SIGNED_OUT: SessionVerdict = { status: "signed-out" };

/** Opens the session row a sign-in hands to the browser; its id goes into the cookie. */
export async function startSession(
  userId: string,
  origin: { ipAddress: string | null; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const session = await inScope({ userId }, (tx) =>
    tx.userSession.create({
      data: {
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + env().SESSION_MAX_AGE_HOURS * 3_600_000),
        ipAddress: origin.ipAddress,
        userAgent: origin.userAgent?.slice(0, 500) ?? null,
      },
      select: { id: true },
    }),
  );
  return session.id;
}

/**
 * One statement, no transaction (app_session_user sets the user's scope for itself): the user,
 * when their session row is open and unexpired, the account is not disabled and the per-user
 * session version (bumped by a new password, disabling or a role change) is the one the cookie
 * was issued with.
 */
export async function checkSession(claims: SessionClaims | null, client: PrismaClient = db()): Promise<SessionVerdict> {
  if (!claims) return SIGNED_OUT;
  const read = () =>
    client.$queryRaw<CurrentUser[]>`
      select id, email, last_name as "lastName", first_name as "firstName", middle_name as "middleName", is_platform_admin as "isPlatformAdmin"
        from app_session_user(${claims.sid}::uuid, ${claims.uid}::uuid, ${claims.sv}::integer)`;
  let users: CurrentUser[];
  try {
    // A pooled connection the server has just dropped fails once; the pool then opens a new one.
    users = await read().catch(read);
  } catch (error) {
    console.error("[auth] session check could not reach the database:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
  const user = users[0];
  return user ? { status: "signed-in", user } : SIGNED_OUT;
}
