import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/client-address";
import { can, type Permission } from "@/lib/access/permissions";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";

/** For pages and layouts under /o/[slug]: the context, or a 404 for a stranger. */
export const requireTenant = cache(async (slug: string): Promise<TenantContext> => {
  const user = await requireUser();
  const context = await resolveTenant(user, slug, requestAddress(await headers()));
  if (!context) notFound();
  return context;
});

export async function requireTenantPermission(slug: string, permission: Permission): Promise<TenantContext> {
  const context = await requireTenant(slug);
  if (!can(context.membership.roles, permission)) forbidden();
  return context;
}
