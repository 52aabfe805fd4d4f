import pg from "pg";

// One counter per process, on globalThis: the instrumentation hook and the route handler that
// reads it are bundled apart, but share the process and the one `pg` module (an external package).
const COUNTER = Symbol.for("tandem.bench.statements");
type Counted = typeof globalThis & { [COUNTER]?: { count: number } };

/** Counts every statement the app sends: each goes through pg.Client#query (Prisma's adapter too). */
export function countStatements(): void {
  const holder = globalThis as Counted;
  if (holder[COUNTER]) return;
  const counter = { count: 0 };
  holder[COUNTER] = counter;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: Parameters<typeof query>) {
    counter.count++;
    return Reflect.apply(query, this, args);
  } as typeof query;
}

export function statementsSoFar(): number | null {
  return (globalThis as Counted)[COUNTER]?.count ?? null;
}
