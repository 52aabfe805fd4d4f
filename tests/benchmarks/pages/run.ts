// npm run bench — every main page of every role at 20 concurrent users against a bare page of the
// same build and a hello page; statements per request on the smallest and the largest organisation.
// Prints a table, writes it as JSON, exits 1 when a rule of lib/bench/verdict.ts is broken.
// --smoke: a short run on whatever data there is (npm test): every page must answer 200; what
// the rules find is reported, not fatal (timings of a one-second run on a busy machine are noise). --orgs N: load a region of N organisations first.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_AUTHORITY, DEMO_PASSWORD } from "@/prisma/demo-data";
import { FEW_USERS, bareReference, judge, judgeBare, type Measured } from "@/lib/bench/verdict";
import { load, statementsOf, type Load } from "./load";
import { ensureBuild, loadRegion, serve } from "./server";
import { signIn } from "./session";
import { BARE, findPlaces, TARGETS, type Place, type Target } from "./targets";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    orgs: { type: "string" },
    connections: { type: "string" },
    seconds: { type: "string" },
    json: { type: "string", default: ".data/bench-pages.json" },
  },
});
const smoke = values.smoke;
const EXPORT_SECONDS = 30;
const connections = Number(values.connections ?? (smoke ? 2 : 20));
const seconds = Number(values.seconds ?? (smoke ? 1 : 10));
const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl) throw new Error("bench: run through npm run bench (it provides the database)");

if (values.orgs) loadRegion(Number(values.orgs));
ensureBuild();
const { small, large } = await findPlaces(ownerUrl);
const server = await serve();
const url = (target: Target, place: Place) => `${server.baseUrl}${target.path(place)}`;

try {
  const cookies = new Map<string, string>();
  const cookieOf = async (target: Target, place: Place): Promise<string> => {
    const email = target.role === "SUPERVISOR" ? DEMO_AUTHORITY.supervisor.email : place.emails[target.role];
    if (!email) throw new Error(`bench: ${place.slug} has no ${target.role} of that role alone`);
    const cookie = cookies.get(email) ?? (await signIn(server.baseUrl, email, DEMO_PASSWORD));
    cookies.set(email, cookie);
    return cookie;
  };
  console.log(`bench: small ${small.slug} (${small.activities} activities, ${small.auditEvents} audit events); large ${large.slug} (${large.activities}, ${large.auditEvents}); ${connections} users, ${seconds} s per page`);

  const hello = await load(`${server.baseUrl}/bench/hello`, null, connections, seconds);
  const bareCookie = await cookieOf(BARE, large);
  const bareUrl = url(BARE, large);
  const bareRuns: Load[] = [await load(bareUrl, bareCookie, connections, seconds)];
  const rows: { target: Target; measured: Measured; load: Load }[] = [];
  const half = Math.ceil(TARGETS.length / 2);

  for (const [index, target] of [BARE, ...TARGETS].entries()) {
    if (index === half) bareRuns.push(await load(bareUrl, bareCookie, connections, seconds));
    const cookie = await cookieOf(target, large);
    const statementsLarge = await statementsOf(server.baseUrl, url(target, large), cookie);
    const statementsSmall = target.compared ? await statementsOf(server.baseUrl, url(target, small), await cookieOf(target, small)) : null;
    let measuredLoad: Load;
    let bareDuringP95: number | undefined;
    if (target.export) {
      // An export is asked for by a few users while everyone else keeps using the site, for long
      // enough that a slow one still comes back within the run.
      const exporters = Math.max(1, Math.round(connections / 10));
      const exportSeconds = smoke ? seconds : Math.max(seconds, EXPORT_SECONDS);
      const [exported, bareMeanwhile] = await Promise.all([
        load(url(target, large), cookie, exporters, exportSeconds),
        load(bareUrl, bareCookie, Math.max(1, connections - exporters), exportSeconds),
      ]);
      measuredLoad = exported;
      bareDuringP95 = bareMeanwhile.p95;
    } else {
      measuredLoad = target === BARE ? (bareRuns[0] as Load) : await load(url(target, large), cookie, connections, seconds);
    }
    const fewUsers =
      target.fewUsersLimitMs === undefined
        ? undefined
        : { p95: (await load(url(target, large), cookie, Math.min(FEW_USERS, connections), seconds)).p95, limitMs: target.fewUsersLimitMs };
    rows.push({
      target,
      load: measuredLoad,
      measured: { name: target.name, p95: measuredLoad.p95, failures: measuredLoad.failures, answers: measuredLoad.answers, statementsSmall, statementsLarge, bareDuringP95, fewUsers },
    });
  }
  bareRuns.push(await load(bareUrl, bareCookie, connections, seconds));

  const bare = bareReference(bareRuns.map((run) => run.p95));
  const verdicts = rows.map((row) => ({ ...row, verdict: judge(row.measured, bare) }));
  const bareProblems = judgeBare(bare, hello.p95);
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} КБ`;
  console.log(`\nhello: p50 ${hello.p50} ms, p95 ${hello.p95} ms, ${hello.requestsPerSecond} req/s`);
  console.log(`bare (start, middle, end) p95: ${bareRuns.map((run) => run.p95).join(", ")} ms; reference ${bare.toFixed(0)} ms\n`);
  console.table(
    verdicts.map(({ target, load: measuredLoad, measured, verdict }) => ({
      страница: target.name,
      p50: measuredLoad.p50,
      p95: measuredLoad.p95,
      "×bare": target.export ? "—" : verdict.ratio.toFixed(1),
      "req/s": measuredLoad.requestsPerSecond,
      размер: kb(measuredLoad.bytes),
      запросы: `${measured.statementsSmall ?? "—"} / ${measured.statementsLarge}`,
      "bare рядом": measured.bareDuringP95 ?? "—",
      [`p95 при ${FEW_USERS}`]: measured.fewUsers?.p95 ?? "—",
      замечания: verdict.problems.join("; ") || "—",
    })),
  );
  const problems = [...bareProblems, ...verdicts.flatMap(({ verdict }) => verdict.problems.map((problem) => `${verdict.name}: ${problem}`))];
  const report = {
    at: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    connections,
    seconds,
    small: { slug: small.slug, activities: small.activities, auditEvents: small.auditEvents },
    large: { slug: large.slug, activities: large.activities, auditEvents: large.auditEvents },
    hello,
    bare: { reference: bare, runs: bareRuns },
    pages: verdicts.map(({ target, load: measuredLoad, measured, verdict }) => ({ path: target.path(large), ...measuredLoad, ...measured, ratio: verdict.ratio, problems: verdict.problems })),
    problems,
  };
  mkdirSync(path.dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nbench: written to ${values.json}`);
  const fatal = smoke ? problems.filter((problem) => problem.includes("not 200")) : problems;
  for (const problem of problems) console.log(`${fatal.includes(problem) ? "✗" : "·"} ${problem}`);
  process.exitCode = fatal.length > 0 ? 1 : 0;
} finally {
  server.stop();
}
