import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction, registeredActions, type TenantActionDefinition } from "@/lib/actions/define";
import type { CurrentUser } from "@/lib/auth/current-user";
import { inScope, inTenant } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { readRoadmapWorkbook } from "@/lib/roadmap/import/read";
import { importRoadmap } from "@/lib/roadmap/import/service";
import type { ImportOutcome } from "@/lib/roadmap/import/actions";
import type { importRoadmapSchema } from "@/lib/roadmap/import/schemas";
import { ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

const A = "lyceum-17";
const B = "stepnovskaya-sosh";

let importAction: TenantActionDefinition<typeof importRoadmapSchema, ImportOutcome>;
let director: CurrentUser;
let directorCtx: TenantContext;

async function xlsx(rows: (string | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("План");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const HEADER = ["Этап", "Мероприятия", "Результат", "Сроки", "Ответственные"];
const validFile = () =>
  xlsx([
    HEADER,
    ["Подготовка условий", "Педагогический совет", "Протокол", "сентябрь 2025", "Руководитель"],
    [null, "Приказ о внедрении модели", "Приказ", "до 30.09.2025", "Руководитель"],
    ["Формирование базы наставников", "Анкетирование педагогов", "База наставников", "октябрь – ноябрь 2025", "Куратор, классные руководители"],
  ]);

async function newProgramme(slug = A, status: "DRAFT" | "COMPLETED" = "DRAFT"): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>("select id from organisations where slug = $1", [slug]);
  const organisationId = rows[0]?.id ?? "";
  return inScope({ organisationId }, async (tx) => {
    const programme = await tx.programme.create({
      data: { organisationId, title: "Программа импорта", academicYear: 2025, status, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-08-31") },
      select: { id: true },
    });
    const stage = await tx.roadmapStage.create({ data: { organisationId, programmeId: programme.id, position: 0, title: "Прежний этап" }, select: { id: true } });
    await tx.roadmapActivity.create({
      data: { organisationId, programmeId: programme.id, stageId: stage.id, position: 0, title: "Прежнее мероприятие", periodText: "сентябрь 2025", periodKind: "MONTH" },
    });
    return programme.id;
  });
}

async function roadmapOf(programmeId: string): Promise<string[]> {
  const { rows } = await ownerQuery<{ stage: string; position: number; title: string | null }>(
    `select s.title as stage, s.position, a.title from roadmap_stages s left join roadmap_activities a on a.stage_id = s.id
      where s.programme_id = $1 order by s.position, a.position`,
    [programmeId],
  );
  return rows.map((row) => `${row.position}. ${row.stage} / ${row.title ?? "—"}`);
}

async function importAudits(programmeId: string) {
  const { rows } = await ownerQuery<{ actor_user_id: string | null; details: Record<string, unknown> }>(
    "select actor_user_id, details from audit_events where action = 'roadmap.imported' and entity_id = $1 order by created_at",
    [programmeId],
  );
  return rows;
}

const run = (actor: CurrentUser, slug: string, input: Record<string, unknown>) => executeTenantAction(importAction, actor, slug, input, "198.51.100.4");

beforeAll(async () => {
  await seedDemo();
  await import("@/lib/roadmap/import/actions");
  const found = registeredActions().find((definition) => definition.name === "roadmap.import");
  if (found?.kind !== "tenant") throw new Error("roadmap.import is not registered");
  importAction = found as TenantActionDefinition<typeof importRoadmapSchema, ImportOutcome>;
  director = await userByEmail("lyceum.director@tandem.demo");
  const ctx = await resolveTenant(director, A, null);
  if (!ctx) throw new Error("no director context");
  directorCtx = ctx;
});

describe("importing a roadmap from .xlsx", () => {
  it("writes nothing when one row is bad, and names that row", async () => {
    const programmeId = await newProgramme();
    const before = await roadmapOf(programmeId);
    const file = await xlsx([
      HEADER,
      ["Подготовка условий", "Педагогический совет", "Протокол", "сентябрь 2025", "Руководитель"],
      [null, null, "Приказ", "до 30.09.2025", "Руководитель"],
      [null, "Анкетирование педагогов", null, "октябрь 2025", "Куратор"],
    ]);
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file, mode: "append", confirm: "1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.outcome).toBe("rejected");
    expect(result.data.report.errors).toEqual([
      { row: 3, column: "Мероприятия", message: "Строка 3: не указано мероприятие, хотя другие ячейки строки заполнены." },
    ]);
    expect(result.data.report.stages.flatMap((stage) => stage.activities)).toHaveLength(2);
    expect(await roadmapOf(programmeId)).toEqual(before);
    expect(await importAudits(programmeId)).toEqual([]);
  });

  it("keeps a period it cannot read as written and flagged, and loads the rest of the file", async () => {
    const programmeId = await newProgramme();
    const file = await xlsx([
      HEADER,
      ["Подготовка условий", "Педагогический совет", "Протокол", "сентябрь 2025", "Руководитель"],
      [null, "Приказ о внедрении модели", "Приказ", "как получится", "Заместитель директора по УВР"],
    ]);
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file, mode: "append", confirm: "1" });
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", counts: { activities: 2 } } });
    const { rows } = await ownerQuery<{ period_text: string; period_kind: string; starts_on: Date | null; ends_on: Date | null; responsible_roles: string }>(
      "select period_text, period_kind, starts_on, ends_on, responsible_roles::text from roadmap_activities where programme_id = $1 and title = 'Приказ о внедрении модели'",
      [programmeId],
    );
    expect(rows).toEqual([{ period_text: "как получится", period_kind: "UNRECOGNISED", starts_on: null, ends_on: null, responsible_roles: "{}" }]);
    expect(await importAudits(programmeId)).toMatchObject([{ details: { activities: 2, unrecognisedPeriods: 1 } }]);
  });

  it("moves last year's dates by a year when the curator takes the offer", async () => {
    const programmeId = await newProgramme();
    const file = await xlsx([HEADER, ["Подготовка условий", "Педагогический совет", "Протокол", "сентябрь 2024", "Руководитель"], [null, "Приказ", "Приказ", "до 30.09.2024", "Руководитель"]]);
    const preview = await run(director, A, { programmeId, fileName: "карта.xlsx", file });
    expect(preview).toMatchObject({ ok: true, data: { outcome: "preview", report: { yearShift: { years: 1, fileYear: 2024 }, shiftedYears: 0 } } });
    const shifted = await run(director, A, { programmeId, fileName: "карта.xlsx", file, shiftYears: "0", addYears: "1" });
    expect(shifted).toMatchObject({ ok: true, data: { outcome: "preview", report: { yearShift: null, shiftedYears: 1 } } });
    const imported = await run(director, A, { programmeId, fileName: "карта.xlsx", file, shiftYears: "1", confirm: "1" });
    expect(imported).toMatchObject({ ok: true, data: { outcome: "imported" } });
    const { rows } = await ownerQuery<{ period_text: string; ends_on: Date }>(
      "select period_text, ends_on from roadmap_activities where programme_id = $1 and title in ('Педагогический совет', 'Приказ') order by position",
      [programmeId],
    );
    expect(rows.map((row) => [row.period_text, row.ends_on.toISOString().slice(0, 10)])).toEqual([
      ["сентябрь 2025", "2025-09-30"],
      ["до 30.09.2025", "2025-09-30"],
    ]);
    expect(await importAudits(programmeId)).toMatchObject([{ details: { shiftedYears: 1 } }]);
  });

  it("shows a preview without writing anything until confirmed", async () => {
    const programmeId = await newProgramme();
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file: await validFile() });
    expect(result).toMatchObject({ ok: true, data: { outcome: "preview", existing: { stages: 1, activities: 1, evidenced: 0 } } });
    expect(await roadmapOf(programmeId)).toEqual(["0. Прежний этап / Прежнее мероприятие"]);
  });

  it("appends a valid file after the existing stages, with parsed periods and roles, and audits it", async () => {
    const programmeId = await newProgramme();
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file: await validFile(), mode: "append", confirm: "1" });
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", counts: { stages: 2, activities: 3, removedStages: 0, removedActivities: 0 } } });
    expect(await roadmapOf(programmeId)).toEqual([
      "0. Прежний этап / Прежнее мероприятие",
      "1. Подготовка условий / Педагогический совет",
      "1. Подготовка условий / Приказ о внедрении модели",
      "2. Формирование базы наставников / Анкетирование педагогов",
    ]);
    const { rows } = await ownerQuery<{ period_kind: string; starts_on: Date | null; ends_on: Date | null; responsible_roles: string; expected_result: string }>(
      "select period_kind, starts_on, ends_on, responsible_roles::text, expected_result from roadmap_activities where programme_id = $1 and title = 'Анкетирование педагогов'",
      [programmeId],
    );
    expect(rows[0]).toMatchObject({ period_kind: "RANGE", responsible_roles: "{CURATOR,CLASS_TEACHER}", expected_result: "База наставников" });
    expect(rows[0]?.starts_on?.toISOString().slice(0, 10)).toBe("2025-10-01");
    expect(rows[0]?.ends_on?.toISOString().slice(0, 10)).toBe("2025-11-30");
    expect(await importAudits(programmeId)).toEqual([
      {
        actor_user_id: director.id,
        details: { mode: "append", stages: 2, activities: 3, removedStages: 0, removedActivities: 0, unrecognisedPeriods: 0, file: "карта.xlsx" },
      },
    ]);
  });

  it("replaces the roadmap when asked", async () => {
    const programmeId = await newProgramme();
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file: await validFile(), mode: "replace", confirm: "1" });
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", counts: { stages: 2, activities: 3, removedStages: 1, removedActivities: 1 } } });
    expect(await roadmapOf(programmeId)).toEqual([
      "0. Подготовка условий / Педагогический совет",
      "0. Подготовка условий / Приказ о внедрении модели",
      "1. Формирование базы наставников / Анкетирование педагогов",
    ]);
  });

  it("refuses to replace a roadmap whose activities have evidence", async () => {
    const programmeId = await newProgramme();
    await inTenant({ organisationId: directorCtx.organisation.id, userId: director.id }, async (tx) => {
      const activity = await tx.roadmapActivity.findFirstOrThrow({ where: { programmeId }, select: { id: true } });
      await tx.activityEvidence.create({ data: { organisationId: directorCtx.organisation.id, activityId: activity.id, url: "https://example.ru/protocol", title: "Протокол" } });
    });
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file: await validFile(), mode: "replace", confirm: "1" });
    expect(result).toMatchObject({ ok: false, code: "refused", message: expect.stringContaining("есть подтверждения") });
    expect(await roadmapOf(programmeId)).toEqual(["0. Прежний этап / Прежнее мероприятие"]);
  });

  it("refuses a completed programme", async () => {
    const programmeId = await newProgramme(A, "COMPLETED");
    const result = await run(director, A, { programmeId, fileName: "карта.xlsx", file: await validFile(), confirm: "1" });
    expect(result).toMatchObject({ ok: false, code: "refused", message: expect.stringContaining("Программа завершена") });
  });

  it("refuses a file that is not .xlsx, and a role that may not edit the roadmap", async () => {
    const programmeId = await newProgramme();
    expect(await run(director, A, { programmeId, fileName: "карта.xls", file: await validFile() })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { fileName: expect.stringContaining(".xlsx") },
    });
    const mentor = await userByEmail("lyceum.mentor@tandem.demo");
    expect(await run(mentor, A, { programmeId, fileName: "карта.xlsx", file: await validFile(), confirm: "1" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("uses the columns the user mapped", async () => {
    const programmeId = await newProgramme();
    const file = await xlsx([
      ["Что делаем", "Когда", "Кто"],
      ["Педсовет", "сентябрь", "Куратор"],
    ]);
    const detected = await run(director, A, { programmeId, fileName: "карта.xlsx", file });
    expect(detected).toMatchObject({ ok: true, data: { outcome: "preview", report: { columns: null } } });
    const mapped = await run(director, A, { programmeId, fileName: "карта.xlsx", file, headerRow: "1", titleColumn: "1", periodColumn: "2", responsibleColumn: "3", confirm: "1", mode: "replace" });
    expect(mapped).toMatchObject({ ok: true, data: { outcome: "imported", counts: { stages: 1, activities: 1 } } });
    expect(await roadmapOf(programmeId)).toEqual(["0. Без этапа / Педсовет"]);
  });

  it("lets the operator CLI import with no user behind it (a null actor in the audit log)", async () => {
    const programmeId = await newProgramme();
    const plan = await readRoadmapWorkbook(Buffer.from(await validFile(), "base64"), { academicYear: 2025 });
    const organisationId = directorCtx.organisation.id;
    await inScope({ organisationId }, (tx) =>
      importRoadmap(tx, { organisation: { id: organisationId }, user: null, ipAddress: null }, { programmeId, plan, mode: "append" }),
    );
    expect(await roadmapOf(programmeId)).toHaveLength(4);
    expect(await importAudits(programmeId)).toMatchObject([{ actor_user_id: null, details: { mode: "append", activities: 3 } }]);
  });
});

describe("the operator CLI", () => {
  const cli = (args: string[]) =>
    promisify(execFile)("npx", ["tsx", "lib/cli/tandem.ts", "roadmap:import", "--organisation", A, ...args], { env: process.env }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
    );

  it("maps columns with --map, prints the page's report with its own hints, and writes nothing while the file has errors", async () => {
    const programmeId = await newProgramme();
    const folder = await mkdtemp(path.join(tmpdir(), "tandem-import-"));
    const file = path.join(folder, "план.xlsx");
    const rows = [
      ["Что делаем", "Когда", "Кто", "Участники"],
      ["Педсовет", "сентябрь", "Куратор", "Педагоги"],
    ];
    await writeFile(file, Buffer.from(await xlsx(rows), "base64"));

    const unmapped = await cli(["--programme", programmeId, "--file", file, "--dry-run"]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.out).toContain("Не найдена строка заголовков");
    expect(unmapped.out).toContain("Укажите столбцы параметром --map");
    expect(unmapped.out).not.toContain("сопоставлении");

    const mapped = await cli(["--programme", programmeId, "--file", file, "--map", "activity=A,period=B,responsible=C,header=1"]);
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain("Столбцы: «Мероприятия» — столбец A («Что делаем»); «Сроки» — столбец B («Когда»); «Ответственные» — столбец C («Кто»)");
    expect(mapped.out).toContain("Столбец D «Участники» не загружается: непонятно, что в нём. Укажите столбцы параметром --map");
    expect(mapped.out).toContain("Загружено в «Программа импорта»: этапов — 1, мероприятий — 1.");
    expect(await roadmapOf(programmeId)).toEqual(["0. Прежний этап / Прежнее мероприятие", "1. Без этапа / Педсовет"]);
    expect(await importAudits(programmeId)).toMatchObject([{ actor_user_id: null }]);
  });
});

describe("another organisation's director", () => {
  it("gets 'not found', whether naming the lyceum or their own school with the lyceum's programme", async () => {
    const programmeId = await newProgramme();
    const stranger = await userByEmail("stepnoe.director@tandem.demo");
    const input = { programmeId, fileName: "карта.xlsx", file: await validFile(), mode: "replace", confirm: "1" };
    expect(await run(stranger, A, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await run(stranger, B, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await roadmapOf(programmeId)).toEqual(["0. Прежний этап / Прежнее мероприятие"]);
  });
});
