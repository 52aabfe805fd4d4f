// The operator CLI's roadmap commands (lib/cli/tandem.ts loads this module on demand).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { applyScope, type Tx } from "@/lib/db/scope";
import { closeAllClients } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/errors";
import type { TenantContext } from "@/lib/tenancy/context";
import { readRoadmapWorkbook } from "@/lib/roadmap/import/read";
import { importReportText } from "@/lib/roadmap/import/report";
import { MAX_IMPORT_BYTES, MAX_SHIFT_YEARS, type ChosenColumns } from "@/lib/roadmap/import/schemas";
import { parseColumnMap } from "@/lib/import/column-map";
import { importRoadmap, importTarget, type ImportActor } from "@/lib/roadmap/import/service";
import { getRoadmap } from "@/lib/roadmap/queries";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { documentOrganisation } from "@/lib/organisations/queries";

const slug = z.string({ error: "укажите организацию (slug)" }).min(1, "укажите организацию (slug)");
const programme = z.uuid({ error: "укажите id программы (UUID)" });

/** --map's names for the columns: «activity=B» is the «Мероприятия» column. */
const MAP_KEYS: Record<string, Exclude<keyof ChosenColumns, "headerRow"> | "headerRow"> = {
  stage: "stage",
  activity: "title",
  title: "title",
  result: "result",
  period: "period",
  "period-end": "periodEnd",
  responsible: "responsible",
  note: "description",
  description: "description",
  header: "headerRow",
};

/** «activity=B,period=D,header=3» → the chosen columns; every mistake is named. */
export function parseRoadmapColumnMap(text: string, ctx: z.RefinementCtx): ChosenColumns {
  const mapping: ChosenColumns = parseColumnMap(text, ctx, MAP_KEYS);
  if (mapping.title === undefined) ctx.addIssue({ code: "custom", message: "укажите хотя бы столбец мероприятий: activity=B" });
  return mapping;
}

export const roadmapImportArgs = z.object({
  organisation: slug,
  programme,
  file: z.string({ error: "укажите путь к файлу .xlsx" }).regex(/\.xlsx$/i, "нужен файл .xlsx"),
  mode: z.enum(["append", "replace"], { error: "append (добавить) или replace (заменить)" }).default("append"),
  "dry-run": z.boolean().default(false),
  map: z.string().optional().transform((text, ctx) => (text === undefined ? undefined : parseRoadmapColumnMap(text, ctx))),
  "shift-years": z.coerce
    .number({ error: "целое число лет, например 1 или -1" })
    .int("целое число лет, например 1 или -1")
    .min(-MAX_SHIFT_YEARS, `не больше ${MAX_SHIFT_YEARS} лет`)
    .max(MAX_SHIFT_YEARS, `не больше ${MAX_SHIFT_YEARS} лет`)
    .default(0),
});

export const roadmapExportArgs = z.object({
  organisation: slug,
  programme,
  format: z.enum(["xlsx", "docx"], { error: "xlsx или docx" }),
  out: z.string({ error: "укажите, куда сохранить файл" }).min(1, "укажите, куда сохранить файл"),
});

async function organisationOf(tx: Tx, organisationSlug: string) {
  const organisation = await tx.organisation.findUnique({
    where: { slug: organisationSlug },
    select: { id: true, slug: true, shortName: true, fullName: true, timeZone: true },
  });
  if (!organisation) throw new UserFacingError(`Организация «${organisationSlug}» не найдена.`);
  await applyScope(tx, { organisationId: organisation.id });
  return organisation;
}

function programmeNotFound(error: unknown, id: string, organisationSlug: string): never {
  if (error instanceof NotFoundError) throw new UserFacingError(`Программа ${id} в организации «${organisationSlug}» не найдена.`);
  throw error;
}

/** roadmap:import — nothing is written on --dry-run or when the file has any problem (then the CLI exits with 2). */
export async function runRoadmapImport(tx: Tx, args: z.output<typeof roadmapImportArgs>): Promise<string> {
  const bytes = await readFile(args.file).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(`Не удалось прочитать файл «${args.file}»: ${error.code ?? error.message}.`);
  });
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UserFacingError(`Файл «${args.file}» больше 5 МБ.`);
  const organisation = await organisationOf(tx, args.organisation);
  // No user stands behind the operator: the import is audited with a null actor.
  const actor: ImportActor = { organisation: { id: organisation.id }, user: null, ipAddress: null };
  const target = await importTarget(tx, actor, args.programme).catch((error: unknown) => programmeNotFound(error, args.programme, args.organisation));
  const report = await readRoadmapWorkbook(bytes, { academicYear: target.academicYear, mapping: args.map, shiftYears: args["shift-years"] });
  const text = importReportText(report, path.basename(args.file), target.academicYear);
  if (report.errors.length > 0) throw new UserFacingError(`${text}\n\nНичего не записано: исправьте ошибки (${report.errors.length}) и запустите снова.`);
  if (args["dry-run"]) return `${text}\n\nОшибок нет. Проверка (--dry-run): ничего не записано.`;
  const counts = await importRoadmap(tx, actor, { programmeId: target.id, plan: report, mode: args.mode, fileName: path.basename(args.file) });
  const removed = args.mode === "replace" ? ` Удалено прежних: этапов — ${counts.removedStages}, мероприятий — ${counts.removedActivities}.` : "";
  return `${text}\n\nЗагружено в «${target.title}»: этапов — ${counts.stages}, мероприятий — ${counts.activities}.${removed}`;
}

/** getRoadmap wants a member's context; the operator reads as a stand-in that is nobody. */
function operatorContext(organisation: Awaited<ReturnType<typeof organisationOf>>): TenantContext {
  const nobody = "00000000-0000-0000-0000-000000000000";
  return {
    user: { id: nobody, email: "operator@localhost", lastName: "Оператор", firstName: "", middleName: null, isPlatformAdmin: true },
    organisation: { id: organisation.id, slug: organisation.slug, shortName: organisation.shortName, fullName: organisation.fullName, timeZone: organisation.timeZone },
    membership: { id: nobody, roles: ["DIRECTOR"], className: null, classesLed: [] },
    ipAddress: null,
  };
}

/** roadmap:export — the same files as the «Скачать .xlsx/.docx» buttons. */
export async function runRoadmapExport(tx: Tx, args: z.output<typeof roadmapExportArgs>, publicUrl: () => string): Promise<string> {
  const organisation = await organisationOf(tx, args.organisation);
  // getRoadmap reads through the application's own connection (lib/db/client db()), closed here again.
  const roadmap = await getRoadmap(operatorContext(organisation), args.programme).finally(closeAllClients);
  if (!roadmap) programmeNotFound(new NotFoundError(), args.programme, args.organisation);
  const letterhead = await documentOrganisation(tx, organisation.id);
  const buffer =
    args.format === "xlsx"
      ? await roadmapXlsx(roadmap, letterhead)
      : await roadmapDocx(roadmap, { organisation: letterhead, verificationUrl: `${publicUrl()}/o/${organisation.slug}/programmes/${roadmap.programme.id}` });
  await writeFile(args.out, buffer);
  const activities = roadmap.stages.reduce((sum, stage) => sum + stage.activities.length, 0);
  return `Сохранено: ${args.out} (этапов — ${roadmap.stages.length}, мероприятий — ${activities}).`;
}
