export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { benchServed } = await import("@/lib/bench/switch");
  if (!benchServed()) return;
  const { countStatements } = await import("@/lib/bench/statements");
  countStatements();
}
