import "server-only";
import { forbidden } from "next/navigation";
import { asPlatformAdmin } from "@/lib/db/scope";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";

export const ADMIN_ORGANISATIONS_PAGE_SIZE = 50;

export async function requirePlatformAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!user.isPlatformAdmin) forbidden();
  return user;
}

export async function adminOverview(user: CurrentUser, page: number) {
  return asPlatformAdmin(user, async (tx) => {
    const authorities = await tx.authority.findMany({ orderBy: { shortName: "asc" }, select: { id: true, slug: true, shortName: true, region: true } });
    const organisations = await tx.organisation.findMany({
      orderBy: [{ shortName: "asc" }, { id: "asc" }],
      skip: (page - 1) * ADMIN_ORGANISATIONS_PAGE_SIZE,
      take: ADMIN_ORGANISATIONS_PAGE_SIZE,
      select: { id: true, slug: true, shortName: true, kind: true, locality: true, authority: { select: { shortName: true } } },
    });
    const total = await tx.organisation.count();
    return { authorities, organisations, total };
  });
}
