import { inScope } from "@/lib/db/scope";

export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const user = await inScope({ userId }, (tx) =>
    tx.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabledAt: true } }),
  );
  return user !== null && user.disabledAt === null && user.sessionVersion === sessionVersion;
}
