import { z } from "zod";
import { resolveAppDatabaseUrl, resolvePlatformDatabaseUrl } from "@/lib/db/urls";

// The one place that reads process.env (an ESLint rule keeps it so).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_APP_URL: z.string().min(1).optional(),
  APP_DB_PASSWORD: z.string().min(1).optional(),
  /** Platform administration's role (tandem_platform); else DATABASE_URL with PLATFORM_DB_PASSWORD. */
  DATABASE_PLATFORM_URL: z.string().min(1).optional(),
  PLATFORM_DB_PASSWORD: z.string().min(1).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For (nginx, a load balancer).
   * 0 (the default): none, the client's address is the TCP peer's and X-Forwarded-* are ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Set to 1 only by the page benchmark (npm run bench): its measuring pages answer, statements are counted. */
  TANDEM_BENCH: z.enum(["0", "1"]).default("0"),
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

export function platformDatabaseUrl(): string {
  const { DATABASE_URL, DATABASE_PLATFORM_URL, PLATFORM_DB_PASSWORD } = env();
  return resolvePlatformDatabaseUrl({ DATABASE_URL, DATABASE_PLATFORM_URL, PLATFORM_DB_PASSWORD });
}

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production.");
  return "tandem-development-secret-do-not-use-in-production";
}
