// The operator CLI's roadmap commands (lib/cli/tandem.ts loads this module on demand).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { applyScope, type Tx } from "@/lib/db/scope";
import { closeAllClients } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/errors";
import { roleList } from "@/lib/access/roles";
import type { TenantContext } from "@/lib/tenancy/context";
import { describePeriod } from "@/lib/roadmap/period";
import { readRoadmapWorkbook, type RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { COLUMN_LABELS, COLUMN_ROLES, MAX_IMPORT_BYTES, columnLetter } from "@/lib/roadmap/import/schemas";
import { importRoadmap, importTarget, type ImportActor } from "@/lib/roadmap/import/service";
import { getRoadmap } from "@/lib/roadmap/queries";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { documentOrganisation } from "@/lib/organisations/queries";

const slug = z.string({ error: "укажите организацию (slug)" }).min(1, "укажите организацию (slug)");
const programme = z.uuid({ error: "укажите id программы (UUID)" });

export const roadmapImportArgs = z.object({
  organisation: slug,
  programme,
  file: z.string({ error: "укажите путь к файлу .xlsx" }).regex(/\.xlsx$/i, "нужен файл .xlsx"),
  mode: z.enum(["append", "replace"], { error: "append (добавить) или replace (заменить)" }).default("append"),
  "dry-run": z.boolean().default(false),
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

/** The report the web preview shows, as text: columns, stages, activities with their dates, problems with their rows. */
export function importReportText(report: RoadmapWorkbook, fileName: string): string {
  const lines: string[] = [];
  const { columns } = report;
  lines.push(`Файл ${fileName}${report.sheetName ? `, лист «${report.sheetName}»` : ""}${columns ? `, строка заголовков ${columns.headerRow}` : ""}`);
  if (columns) {
    const found = COLUMN_ROLES.filter((role) => columns[role] !== undefined).map((role) => `«${COLUMN_LABELS[role]}» — ${columnLetter(columns[role] ?? 0)}`);
    lines.push(`Столбцы: ${found.join(", ")}`);
  }
  report.stages.forEach((stage, stageIndex) => {
    lines.push("", `Этап ${stageIndex + 1}. ${stage.title}`);
    stage.activities.forEach((activity, index) => {
      lines.push(`  ${stageIndex + 1}.${index + 1} [строка ${activity.sourceRow}] ${activity.title}`);
      lines.push(`      срок: «${activity.periodText}» → ${describePeriod(activity.period)}`);
      if (activity.responsibleText) {
        const roles = activity.responsibleRoles.length > 0 ? ` (${roleList(activity.responsibleRoles)})` : "";
        lines.push(`      ответственные: ${activity.responsibleText}${roles}`);
      }
      if (activity.expectedResult) lines.push(`      результат: ${activity.expectedResult.replace(/\n/g, "; ")}`);
    });
  });
  if (report.problems.length > 0) {
    lines.push("", `Ошибки (${report.problems.length}):`);
    for (const problem of report.problems) lines.push(`  ${problem.message}${problem.column ? ` [столбец «${problem.column}»]` : ""}`);
  }
  return lines.join("\n");
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
  const report = await readRoadmapWorkbook(bytes, { academicYear: target.academicYear });
  const text = importReportText(report, path.basename(args.file));
  if (report.problems.length > 0) throw new UserFacingError(`${text}\n\nНичего не записано: исправьте ошибки (${report.problems.length}) и запустите снова.`);
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
