import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { can, type Permission } from "@/lib/access/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { asPlatformAdmin, asUser, inTenant, type Tx } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { ConflictError, ForbiddenError, MissingAuditError, NotFoundError, UserFacingError } from "@/lib/actions/errors";
import { auditWritten } from "@/lib/audit/record";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { failure, type ActionResult } from "@/lib/actions/result";

type Schema = z.ZodType<unknown, unknown>;

/** An action inside one organisation: the tenant comes from the caller's membership. */
export type TenantActionDefinition<S extends Schema, R> = {
  kind: "tenant";
  name: string;
  permission: Permission;
  input: S;
  run(args: { ctx: TenantContext; input: z.output<S>; tx: Tx }): Promise<R>;
  success: string;
};

/** An action of a signed-in user outside any organisation (profile, platform administration). */
export type UserActionDefinition<S extends Schema, R> = {
  kind: "user";
  name: string;
  platformAdminOnly?: boolean;
  input: S;
  run(args: { user: CurrentUser; input: z.output<S>; tx: Tx; ipAddress: string | null }): Promise<R>;
  success: string;
};

/** A route handler inside one organisation (downloads, exports). */
export type TenantRouteDefinition = {
  kind: "route";
  name: string;
  permission: Permission;
  handle(args: { ctx: TenantContext; request: Request; params: Record<string, string> }): Promise<Response>;
};

export type AnyActionDefinition =
  | TenantActionDefinition<Schema, unknown>
  | UserActionDefinition<Schema, unknown>
  | TenantRouteDefinition;

const registry = new Map<string, AnyActionDefinition>();

/**
 * Every action is registered by name, so one test can try each of them across tenants.
 * (A bundler may evaluate a module twice; the later registration simply replaces the first.)
 */
export function registerAction<D extends AnyActionDefinition>(definition: D): D {
  registry.set(definition.name, definition);
  return definition;
}

export function registeredActions(): AnyActionDefinition[] {
  return [...registry.values()];
}

async function guarded<R>(work: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) return failure("not_found", error.message);
    if (error instanceof ConflictError) return failure("conflict", error.message);
    if (error instanceof ForbiddenError) return failure("forbidden", error.message);
    if (error instanceof UserFacingError) return failure("refused", error.message, error.fieldErrors);
    const correlationId = randomUUID();
    console.error(`[action] ${correlationId}`, error);
    return failure("failed", `Не удалось выполнить действие (код ошибки ${correlationId.slice(0, 8)}). Попробуйте ещё раз.`);
  }
}

/**
 * Runs an action's work and refuses to commit it when it wrote no audit record, unless it
 * said it changed nothing: every mutation leaves a trace, and forgetting one fails the action
 * (the transaction rolls back, the log names the action) in every environment.
 */
export async function auditedWork<R>(name: string, tx: Tx, work: () => Promise<R>): Promise<R> {
  const data = await work();
  const written = auditWritten(tx);
  if (written.rows === 0 && !written.nothingChanged) throw new MissingAuditError(name);
  return data;
}

function parseInput<S extends Schema>(schema: S, raw: unknown) {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({ ok: false, result: failure("invalid", "Проверьте заполнение формы.", fieldErrorsOf(parsed.error)) } as const);
}

/**
 * The pipeline every tenant action runs, free of Next.js so tests can call it:
 * session → membership of the named organisation (else "not found") → permission (else
 * "forbidden") → strict input → work and audit in one transaction under RLS.
 */
export async function executeTenantAction<S extends Schema, R>(
  definition: TenantActionDefinition<S, R>,
  actor: CurrentUser | null,
  organisationSlug: unknown,
  raw: unknown,
  ipAddress: string | null,
): Promise<ActionResult<R>> {
  if (!actor) return failure("unauthenticated");
  if (typeof organisationSlug !== "string" || organisationSlug.length === 0) return failure("not_found");
  return guarded(async () => {
    const ctx = await resolveTenant(actor, organisationSlug, ipAddress);
    if (!ctx) return failure("not_found");
    if (!can(ctx.membership.roles, definition.permission)) return failure("forbidden");
    const input = parseInput(definition.input, raw);
    if (!input.ok) return input.result;
    const data = await inTenant(
      { organisationId: ctx.organisation.id, userId: actor.id },
      (tx) => auditedWork(definition.name, tx, () => definition.run({ ctx, input: input.data, tx })),
    );
    return { ok: true, data, message: definition.success };
  });
}

export async function executeUserAction<S extends Schema, R>(
  definition: UserActionDefinition<S, R>,
  actor: CurrentUser | null,
  raw: unknown,
  ipAddress: string | null,
): Promise<ActionResult<R>> {
  if (!actor) return failure("unauthenticated");
  if (definition.platformAdminOnly && !actor.isPlatformAdmin) return failure("forbidden");
  return guarded(async () => {
    const input = parseInput(definition.input, raw);
    if (!input.ok) return input.result;
    const work = (tx: Tx) => auditedWork(definition.name, tx, () => definition.run({ user: actor, input: input.data, tx, ipAddress }));
    const data = await (definition.platformAdminOnly ? asPlatformAdmin(actor, work) : asUser(actor.id, work));
    return { ok: true, data, message: definition.success };
  });
}

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** The same pipeline for route handlers: 401, 404 for a stranger, 403 for a role without the right. */
export async function executeTenantRoute(
  definition: TenantRouteDefinition,
  actor: CurrentUser | null,
  request: Request,
  params: Record<string, string>,
  ipAddress: string | null,
): Promise<Response> {
  if (!actor) return plain(401, "Войдите в систему.");
  const ctx = params.slug ? await resolveTenant(actor, params.slug, ipAddress) : null;
  if (!ctx) return plain(404, "Не найдено.");
  if (!can(ctx.membership.roles, definition.permission)) return plain(403, "Недостаточно прав.");
  try {
    return await definition.handle({ ctx, request, params });
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, "Не найдено.");
    const correlationId = randomUUID();
    console.error(`[route] ${correlationId}`, error);
    return plain(500, `Ошибка на сервере (код ${correlationId.slice(0, 8)}).`);
  }
}
