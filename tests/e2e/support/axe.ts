import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One line per serious/critical violation: rule, impact, what to fix, and where. */
export function seriousViolations(result: Result): string[] {
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const where = violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(" ")}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, " ")})` : ""}`)
        .join("; ");
      return `${violation.id} [${violation.impact}] ${violation.help} — ${violation.helpUrl} — ${where}`;
    });
}

/** The page as it is now has no serious or critical axe violation. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(seriousViolations(result), `axe: serious or critical violations on ${what}`).toEqual([]);
}
