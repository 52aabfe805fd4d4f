import pg from "pg";
import { vi } from "vitest";

/** What `work` sends to PostgreSQL, statement by statement (every query goes through pg.Client#query). */
export async function sentStatements<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const [first] = args;
    sent.push(typeof first === "string" ? first : String((first as { text?: string }).text));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  try {
    return { result: await work(), sent };
  } finally {
    spy.mockRestore();
  }
}
