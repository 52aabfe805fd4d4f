import { notFound } from "next/navigation";
import { benchServed } from "@/lib/bench/switch";
import { statementsSoFar } from "@/lib/bench/statements";

export const dynamic = "force-dynamic";

/** The benchmark reads this before and after one request to count that request's statements. */
export function GET(): Response {
  const count = benchServed() ? statementsSoFar() : null;
  if (count === null) notFound();
  return Response.json({ statements: count }, { headers: { "Cache-Control": "no-store" } });
}
