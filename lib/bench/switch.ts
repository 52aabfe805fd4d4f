import { env } from "@/lib/env";

/**
 * The page benchmark (`npm run bench`) serves the build with TANDEM_BENCH=1. Only then does the
 * build answer its three measuring pages (a hello page, a bare organisation page, a statement
 * counter) and count statements; otherwise they are 404 and nothing is counted.
 */
export function benchServed(): boolean {
  return env().TANDEM_BENCH === "1";
}
