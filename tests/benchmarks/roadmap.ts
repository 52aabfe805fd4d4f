// npm run bench:roadmap — the roadmap page's queries and the exports' time for a programme
// of 300 activities, against a fresh seeded database. Exits 1 when a target is missed.
import pg from "pg";
import { performance } from "node:perf_hooks";
import { inTenant } from "@/lib/db/scope";
import { closeAllClients } from "@/lib/db/client";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { loadActiveUser } from "@/lib/auth/active-user";
import { createProgramme } from "@/lib/programmes/service";
import { programmeFormOptions } from "@/lib/programmes/queries";
import { getRoadmap } from "@/lib/roadmap/queries";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { countStatements, statementsSoFar } from "@/lib/bench/statements";

// Every statement the application sends goes through pg.Client#query: count them.
countStatements();
const statementsNow = () => statementsSoFar() ?? 0;

async function directorContext(): Promise<TenantContext> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  const { rows } = await pool.query<{ id: string }>("select id from users where email = 'lyceum.director@tandem.demo'");
  await pool.end();
  const user = rows[0] ? await loadActiveUser(rows[0].id) : null;
  const ctx = user ? await resolveTenant(user, "lyceum-17", null) : null;
  if (!ctx) throw new Error("Run against the seeded demo database (npm run bench:roadmap).");
  return ctx;
}

async function programmeWith(ctx: TenantContext, activities: number): Promise<string> {
  return inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, async (tx) => {
    const { programmeId } = await createProgramme(tx, ctx, {
      title: `Программа на ${activities} мероприятий`,
      academicYear: 2025,
      templateId: "regulation",
      menteesPerMentor: 2,
      maxPairMonths: 12,
      meetingFrequency: "WEEKLY",
      forms: ["ученик – ученик::равный – равному"],
    });
    const stages = await tx.roadmapStage.findMany({ where: { programmeId }, select: { id: true } });
    const existing = await tx.roadmapActivity.count({ where: { programmeId } });
    if (existing > activities) {
      const extra = await tx.roadmapActivity.findMany({ where: { programmeId }, skip: activities, select: { id: true } });
      await tx.roadmapActivity.deleteMany({ where: { id: { in: extra.map((a) => a.id) } } });
    }
    await tx.roadmapActivity.createMany({
      data: Array.from({ length: Math.max(0, activities - existing) }, (_, index) => ({
        organisationId: ctx.organisation.id,
        programmeId,
        stageId: stages[index % stages.length]?.id ?? "",
        position: 100 + index,
        title: `Регулярная встреча наставника и наставляемого № ${index + 1}`,
        expectedResult: "Форма обратной связи",
        periodText: "в течение года",
        periodKind: "WHOLE_YEAR" as const,
        startsOn: new Date("2025-09-01"),
        endsOn: new Date("2026-08-31"),
        responsibleText: "Наставники",
        responsibleRoles: ["MENTOR" as const],
      })),
    });
    return programmeId;
  });
}

async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; queries: number }> {
  const before = statementsNow();
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started, queries: statementsNow() - before };
}

const ctx = await directorContext();
const small = await programmeWith(ctx, 30);
const large = await programmeWith(ctx, 300);
const page = (programmeId: string) => async () => {
  const roadmap = await getRoadmap(ctx, programmeId);
  await programmeFormOptions(ctx);
  if (!roadmap) throw new Error("no roadmap");
  return roadmap;
};
await page(large)(); // warm-up: connections, query plans
const pageSmall = await measure(page(small));
const pageLarge = await measure(page(large));
const activityCount = pageLarge.result.stages.reduce((sum, stage) => sum + stage.activities.length, 0);
const organisation = { fullName: ctx.organisation.fullName, founderName: null, directorName: "Никитина Светлана Андреевна" };
const docx = await measure(() => roadmapDocx(pageLarge.result, { organisation, verificationUrl: "http://localhost/o/lyceum-17" }));
const xlsx = await measure(() => roadmapXlsx(pageLarge.result, organisation));

const rows = [
  ["roadmap page data, 30 activities", `${pageSmall.queries} statements`, `${pageSmall.ms.toFixed(0)} ms`],
  [`roadmap page data, ${activityCount} activities`, `${pageLarge.queries} statements`, `${pageLarge.ms.toFixed(0)} ms`],
  [`.docx export, ${activityCount} activities`, "", `${docx.ms.toFixed(0)} ms (${docx.result.length} bytes)`],
  [`.xlsx export, ${activityCount} activities`, "", `${xlsx.ms.toFixed(0)} ms (${xlsx.result.length} bytes)`],
];
for (const row of rows) console.log(row.map((cell, index) => cell.padEnd(index === 0 ? 36 : 16)).join(" "));

const failures = [
  ...(pageLarge.queries !== pageSmall.queries ? [`the page's statements grow with activities: ${pageSmall.queries} → ${pageLarge.queries}`] : []),
  ...(activityCount < 300 ? [`only ${activityCount} activities were created`] : []),
  ...(docx.ms >= 2000 ? [`.docx export took ${docx.ms.toFixed(0)} ms (target < 2000)`] : []),
  ...(xlsx.ms >= 2000 ? [`.xlsx export took ${xlsx.ms.toFixed(0)} ms (target < 2000)`] : []),
];
await closeAllClients();
if (failures.length > 0) {
  console.error(`\nMissed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("\nAll targets met.");
