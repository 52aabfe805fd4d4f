// The page benchmark's rules (npm run bench), as pure functions: the harness measures, these judge.

/** Nearest-rank percentile of a sample; 0 for no sample. */
export function percentile(sample: readonly number[], rank: number): number {
  if (sample.length === 0) return 0;
  const sorted = [...sample].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** A page may take at most this many times the bare page's p95. */
export const PAGE_TO_BARE = 3;
/** The bare page (layout and session check) may take at most this many times the hello page's p95. */
export const BARE_TO_HELLO = 2;
/** The users a page with an absolute limit (the supervisor's) is also measured at. */
export const FEW_USERS = 2;

export interface Measured {
  name: string;
  p95: number;
  failures: number;
  /** Responses within the run: none means the page (an export under load) never finished. */
  answers: number;
  /** Statements of one request on the small organisation and on the large one (null: not compared). */
  statementsSmall: number | null;
  statementsLarge: number;
  /** For an export: the bare page's p95 while the export was being asked for. */
  bareDuringP95?: number;
  /** For a page held to an absolute limit: its p95 at FEW_USERS users, and that limit. */
  fewUsers?: { p95: number; limitMs: number };
}

export interface Verdict {
  name: string;
  ratio: number;
  problems: string[];
}

/** The reference: the mean of the bare page's p95 at the start, middle and end of the run. */
export function bareReference(bareP95s: readonly number[]): number {
  return bareP95s.length === 0 ? 0 : bareP95s.reduce((sum, value) => sum + value, 0) / bareP95s.length;
}

export function judge(measured: Measured, bare: number): Verdict {
  const problems: string[] = [];
  const ratio = bare > 0 ? measured.p95 / bare : 0;
  if (measured.failures > 0) problems.push(`${measured.failures} answers were not 200`);
  if (measured.answers === 0) problems.push("no answer within the run");
  if (measured.bareDuringP95 === undefined && ratio > PAGE_TO_BARE) problems.push(`p95 ${ratio.toFixed(1)}× the bare page (at most ${PAGE_TO_BARE}×)`);
  if (measured.bareDuringP95 !== undefined && bare > 0 && measured.bareDuringP95 > PAGE_TO_BARE * bare) {
    problems.push(`holds up other requests: the bare page's p95 rose to ${(measured.bareDuringP95 / bare).toFixed(1)}× while it ran`);
  }
  if (measured.fewUsers && measured.fewUsers.p95 > measured.fewUsers.limitMs) {
    problems.push(`p95 ${Math.round(measured.fewUsers.p95)} ms at ${FEW_USERS} users (at most ${measured.fewUsers.limitMs} ms)`);
  }
  if (measured.statementsSmall !== null && measured.statementsLarge > measured.statementsSmall) {
    problems.push(`statements grow with the data: ${measured.statementsSmall} → ${measured.statementsLarge}`);
  }
  return { name: measured.name, ratio, problems };
}

export function judgeBare(bare: number, hello: number): string[] {
  return hello > 0 && bare > BARE_TO_HELLO * hello ? [`bare page p95 ${(bare / hello).toFixed(1)}× the hello page (at most ${BARE_TO_HELLO}×)`] : [];
}
