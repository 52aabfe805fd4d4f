import { z } from "zod";
import { resolveAppDatabaseUrl } from "@/lib/db/urls";

// The one place that reads process.env (an ESLint rule keeps it so).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_APP_URL: z.string().min(1).optional(),
  APP_DB_PASSWORD: z.string().min(1).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  PUBLIC_URL: z.string().url().optional(),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (nginx, a load balancer). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export function appDatabaseUrl(): string {
  const { DATABASE_URL, DATABASE_APP_URL, APP_DB_PASSWORD } = env();
  return resolveAppDatabaseUrl({ DATABASE_URL, DATABASE_APP_URL, APP_DB_PASSWORD });
}

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production.");
  return "tandem-development-secret-do-not-use-in-production";
}
