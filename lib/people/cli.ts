// The operator CLI's people commands (lib/cli/tandem.ts loads this module on demand).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { applyScope, type Tx } from "@/lib/db/scope";
import { UserFacingError } from "@/lib/actions/errors";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { parseColumnMap } from "@/lib/import/column-map";
import { PERSON_CATEGORIES } from "@/lib/people/labels";
import { peopleProblemText, readPeopleWorkbook } from "@/lib/people/import/read";
import { PEOPLE_COLUMN_ROLES, type ChosenPeopleColumns, type PeopleColumnRole } from "@/lib/people/import/schemas";
import { applyPeopleImport, countsOf, planPeopleImport, type PlannedRow } from "@/lib/people/import/service";
import { countsText, outcomeText, parentText } from "@/lib/people/import/report";
import { fullName, todayIn } from "@/lib/i18n/format";

/** --map's names: the role names themselves, in kebab case («birth-date=C»), and header=N. */
const MAP_KEYS: Record<string, PeopleColumnRole | "headerRow"> = {
  ...Object.fromEntries(PEOPLE_COLUMN_ROLES.map((role) => [role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), role])),
  header: "headerRow",
};

export const peopleImportArgs = z.object({
  organisation: z.string({ error: "укажите организацию (slug)" }).min(1, "укажите организацию (slug)"),
  file: z.string({ error: "укажите путь к файлу .xlsx" }).regex(/\.xlsx$/i, "нужен файл .xlsx"),
  category: z.enum(PERSON_CATEGORIES, { error: `категория: ${PERSON_CATEGORIES.join(", ")}` }).default("PUPIL"),
  "dry-run": z.boolean().default(false),
  map: z
    .string()
    .optional()
    .transform((text, ctx): ChosenPeopleColumns | undefined => {
      if (text === undefined) return undefined;
      const columns = parseColumnMap(text, ctx, MAP_KEYS);
      if (columns.fullName === undefined && columns.lastName === undefined) ctx.addIssue({ code: "custom", message: "укажите столбец ФИО (full-name=B) или фамилии (last-name=B)" });
      return columns;
    }),
});

function rowLine(row: PlannedRow): string {
  const parent = parentText(row);
  return `  ${row.sheet}, строка ${row.row}: ${fullName(row.fields)}${row.fields.className ? `, ${row.fields.className}` : ""} — ${outcomeText(row.outcome)}${parent ? `; родитель ${parent}` : ""}`;
}

/** people:import — nothing is written on --dry-run or when the file has an error (then the CLI exits with 2). */
export async function runPeopleImport(tx: Tx, args: z.output<typeof peopleImportArgs>): Promise<string> {
  const bytes = await readFile(args.file).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(`Не удалось прочитать файл «${args.file}»: ${error.code ?? error.message}.`);
  });
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UserFacingError(`Файл «${args.file}» больше 5 МБ.`);
  const organisation = await tx.organisation.findUnique({ where: { slug: args.organisation }, select: { id: true, kind: true, timeZone: true } });
  if (!organisation) throw new UserFacingError(`Организация «${args.organisation}» не найдена.`);
  await applyScope(tx, { organisationId: organisation.id });
  // No user stands behind the operator: the import is audited with a null actor.
  const actor = { organisation: { id: organisation.id }, user: null, ipAddress: null };
  const report = await readPeopleWorkbook(bytes, { category: args.category, kind: organisation.kind, columns: args.map, today: todayIn(organisation.timeZone) });
  const problems = [...report.errors.map((problem) => `Ошибка. ${peopleProblemText(problem, "cli")}`), ...report.warnings.map((problem) => `Предупреждение. ${peopleProblemText(problem, "cli")}`)];
  const sheets = report.sheets.map((sheet) => `Лист «${sheet.name}»: ${sheet.people} чел.${sheet.className ? `, класс ${sheet.className}` : ""}`);
  const head = [`Файл «${path.basename(args.file)}».`, ...sheets, ...problems].join("\n");
  if (report.errors.length > 0) throw new UserFacingError(`${head}\n\nНичего не записано: исправьте ошибки (${report.errors.length}) и запустите снова.`);
  if (args["dry-run"]) {
    const rows = await planPeopleImport(tx, actor, report);
    return `${head}\n${rows.map(rowLine).join("\n")}\n\nОшибок нет: ${countsText(countsOf(rows), false)}. Проверка (--dry-run): ничего не записано.`;
  }
  const { counts } = await applyPeopleImport(tx, actor, report, path.basename(args.file));
  return `${head}\n\nЗагружено — ${countsText(counts, true)}.`;
}
