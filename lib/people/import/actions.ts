"use server";

import { tenantAction } from "@/lib/actions/server";
import { formDataToObject } from "@/lib/actions/form-data";
import { nothingChanged } from "@/lib/audit/record";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { todayIn } from "@/lib/i18n/format";
import { readPeopleWorkbook, type PeopleWorkbook } from "@/lib/people/import/read";
import { chosenPeopleColumns, importPeopleSchema } from "@/lib/people/import/schemas";
import { applyPeopleImport, countsOf, planPeopleImport, type ImportCounts, type PlannedRow } from "@/lib/people/import/service";
import { peopleImportMessage } from "@/lib/people/import/report";

export type PeopleImportOutcome = { outcome: "preview" | "rejected" | "imported"; report: PeopleWorkbook; rows: PlannedRow[]; counts: ImportCounts };

export type PeopleImportState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string> }
  | ({ status: "preview" | "rejected" | "imported"; message: string } & Omit<PeopleImportOutcome, "outcome">);

/**
 * Reads the file and says, row by row, what would be created, updated, merged or refused; with
 * confirm=1 and no error in it, writes it. Through the same pipeline as every tenant action; the
 * file's bytes travel as a base64 field.
 */
const runImport = tenantAction({
  name: "people.import",
  permission: "people.manage",
  input: importPeopleSchema,
  run: async ({ ctx, input, tx }): Promise<PeopleImportOutcome> => {
    const { kind } = await tx.organisation.findUniqueOrThrow({ where: { id: ctx.organisation.id }, select: { kind: true } });
    const report = await readPeopleWorkbook(Buffer.from(input.file, "base64"), {
      category: input.category,
      kind,
      columns: chosenPeopleColumns(input),
      today: todayIn(ctx.organisation.timeZone),
    });
    if (!input.confirm || report.errors.length > 0) {
      const rows = await planPeopleImport(tx, ctx, report);
      nothingChanged(tx);
      return { outcome: input.confirm ? "rejected" : "preview", report, rows, counts: countsOf(rows) };
    }
    const { rows, counts } = await applyPeopleImport(tx, ctx, report, input.fileName);
    return { outcome: "imported", report, rows, counts };
  },
  success: "Файл проверен.",
});

export async function importPeopleAction(_previous: PeopleImportState, formData: FormData): Promise<PeopleImportState> {
  const { organisation, ...fields } = formDataToObject(formData);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Выберите файл .xlsx.", fieldErrors: { file: "Выберите файл .xlsx." } };
  if (file.size > MAX_IMPORT_BYTES) return { status: "error", message: "Файл больше 5 МБ: загрузите файл поменьше.", fieldErrors: { file: "Файл больше 5 МБ" } };
  const input = { ...fields, fileName: file.name, file: Buffer.from(await file.arrayBuffer()).toString("base64") };
  const result = await runImport(organisation, input);
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  const { outcome, ...data } = result.data;
  return { status: outcome, message: peopleImportMessage(result.data), ...data };
}
