import { describe, expect, it } from "vitest";
import { inScope } from "@/lib/db/scope";
import { ownerQuery } from "./support/db";

describe("the application's connection pool", () => {
  it("survives the database dropping its connections (as on a restart) and reconnects", async () => {
    expect(await inScope({}, (tx) => tx.organisation.count())).toBe(0);
    const { rows } = await ownerQuery<{ killed: number }>(
      "select count(pg_terminate_backend(pid))::int as killed from pg_stat_activity where usename = 'tandem_app' and datname = current_database()",
    );
    expect(rows[0]?.killed).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The first query after the loss may fail; the process must not, and the pool must recover.
    const attempt = () => inScope({}, (tx) => tx.organisation.count());
    const result = await attempt().catch(() => attempt());
    expect(result).toBe(0);
  });
});
