import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { asUser } from "@/lib/db/scope";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";

export type AuthorityContext = { user: CurrentUser; authority: { id: string; slug: string; name: string; shortName: string; region: string } };

/** A supervisor's authority, or 404 for anyone who does not belong to it. */
export const requireAuthority = cache(async (slug: string): Promise<AuthorityContext> => {
  const user = await requireUser();
  const authority = await asUser(user.id, (tx) =>
    tx.authority.findFirst({
      where: { slug, supervisors: { some: { userId: user.id } } },
      select: { id: true, slug: true, name: true, shortName: true, region: true },
    }),
  );
  if (!authority) notFound();
  return { user, authority };
});
