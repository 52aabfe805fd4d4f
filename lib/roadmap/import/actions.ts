"use server";

import { tenantAction } from "@/lib/actions/server";
import { formDataToObject } from "@/lib/actions/form-data";
import { nothingChanged } from "@/lib/audit/record";
import { readRoadmapWorkbook, type RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { MAX_IMPORT_BYTES, chosenMapping, chosenShift, importRoadmapSchema } from "@/lib/roadmap/import/schemas";
import { activityCount } from "@/lib/roadmap/import/report";
import { importRoadmap, importTarget, type ImportCounts, type ImportTarget } from "@/lib/roadmap/import/service";

export type ImportOutcome =
  | { outcome: "preview" | "rejected"; report: RoadmapWorkbook; existing: ImportTarget["existing"] }
  | { outcome: "imported"; report: RoadmapWorkbook; counts: ImportCounts };

export type ImportFormState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string> }
  | { status: "preview" | "rejected"; message: string; report: RoadmapWorkbook; existing: ImportTarget["existing"] }
  | { status: "imported"; message: string; report: RoadmapWorkbook; counts: ImportCounts };

/**
 * Checks the file (and, with confirm=1 and no problem in it, writes it) through the same
 * pipeline as every tenant action. The file's bytes travel as a base64 field, because the
 * generic FormData conversion keeps text fields only.
 */
const runImport = tenantAction({
  name: "roadmap.import",
  permission: "roadmap.edit",
  input: importRoadmapSchema,
  run: async ({ ctx, input, tx }): Promise<ImportOutcome> => {
    // The programme first: a foreign or unknown id answers "not found" before the file is read.
    const target = await importTarget(tx, ctx, input.programmeId);
    const report = await readRoadmapWorkbook(Buffer.from(input.file, "base64"), {
      academicYear: target.academicYear,
      mapping: chosenMapping(input),
      shiftYears: chosenShift(input),
    });
    if (!input.confirm || report.errors.length > 0) {
      nothingChanged(tx);
      return { outcome: input.confirm ? "rejected" : "preview", report, existing: target.existing };
    }
    const counts = await importRoadmap(tx, ctx, { programmeId: target.id, plan: report, mode: input.mode, fileName: input.fileName });
    return { outcome: "imported", report, counts };
  },
  success: "Файл проверен.",
});

const rows = (report: RoadmapWorkbook) => [...new Set(report.errors.map((problem) => problem.row).filter((row) => row !== null))];

function messageOf(outcome: ImportOutcome): string {
  const { report } = outcome;
  if (outcome.outcome === "imported") {
    return `Загружено: этапов — ${outcome.counts.stages}, мероприятий — ${outcome.counts.activities}.`;
  }
  if (report.errors.length > 0) {
    const where = rows(report).length > 0 ? ` (строки ${rows(report).slice(0, 10).join(", ")}${rows(report).length > 10 ? " и другие" : ""})` : "";
    return `Ничего не загружено: в файле ошибок — ${report.errors.length}${where}. Исправьте файл и проверьте его снова.`;
  }
  const warned = report.warnings.length > 0 ? `, предупреждений — ${report.warnings.length}` : "";
  return `Ошибок нет${warned}: этапов — ${report.stages.length}, мероприятий — ${activityCount(report)}. Проверьте, как прочитан файл, и загрузите его.`;
}

async function withFileBytes(formData: FormData): Promise<{ organisation: unknown; input: Record<string, unknown> } | { error: string }> {
  const { organisation, ...fields } = formDataToObject(formData);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Выберите файл .xlsx." };
  if (file.size > MAX_IMPORT_BYTES) return { error: "Файл больше 5 МБ: загрузите файл поменьше." };
  const bytes = Buffer.from(await file.arrayBuffer());
  return { organisation, input: { ...fields, fileName: file.name, file: bytes.toString("base64") } };
}

export async function importRoadmapAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const prepared = await withFileBytes(formData);
  if ("error" in prepared) return { status: "error", message: prepared.error, fieldErrors: { file: prepared.error } };
  const { organisation, input } = prepared;
  const result = await runImport(organisation, input);
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  const message = messageOf(result.data);
  if (result.data.outcome === "imported") {
    return { status: "imported", message, report: result.data.report, counts: result.data.counts };
  }
  return { status: result.data.outcome, message, report: result.data.report, existing: result.data.existing };
}
