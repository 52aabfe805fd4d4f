"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importRoadmapAction, type ImportFormState } from "@/lib/roadmap/import/actions";
import { COLUMN_LABELS, COLUMN_ROLES, MAPPING_FIELDS } from "@/lib/roadmap/import/schemas";
import { SelectField } from "@/components/ui/field";
import { useFileImport } from "@/components/forms/use-file-import";
import { XlsxFileField } from "@/components/import/file-field";
import { ColumnMappingFields, ImportButtons, ImportMessage } from "@/components/import/column-mapping";
import { buttonClass } from "@/components/ui/button-class";
import { ImportReport } from "@/components/roadmap/import-report";
import { yearsText } from "@/lib/roadmap/import/report";
import { shiftLabel } from "@/lib/roadmap/import/years";
import type { RoadmapWorkbook } from "@/lib/roadmap/import/read";

const IDLE: ImportFormState = { status: "idle" };

function existingHint(existing: { stages: number; activities: number; evidenced: number }): string {
  const now = `Сейчас в дорожной карте этапов — ${existing.stages}, мероприятий — ${existing.activities}.`;
  return existing.evidenced > 0 ? `${now} У мероприятий есть подтверждения, поэтому заменить её нельзя.` : `${now} «Заменить» удалит их.`;
}

/** The file's dates are of another academic year: the offer to move them, or what was moved. */
function YearShift({ report, academicYear, pending }: { report: RoadmapWorkbook; academicYear: number; pending: boolean }) {
  const text = yearsText(report, academicYear, "page");
  if (!text) return null;
  return (
    <div className="space-y-3 rounded-md border border-amber-600 bg-amber-50 p-4 text-sm text-amber-950" data-testid="import-years">
      <p>{text}</p>
      {report.yearShift ? (
        <button type="submit" name="addYears" value={report.yearShift.years} disabled={pending} aria-disabled={pending} className={buttonClass("secondary")}>
          Сдвинуть сроки {shiftLabel(report.yearShift.years)}
        </button>
      ) : null}
    </div>
  );
}

/** Step 1 checks the file and shows what was read; step 2 sends the same file again with confirm=1. */
export function RoadmapImportForm({ slug, programmeId, academicYear, returnHref }: { slug: string; programmeId: string; academicYear: number; returnHref: string }) {
  const [state, formAction, pending] = useActionState(importRoadmapAction, IDLE);
  const upload = useFileImport(state, formAction);
  const { current } = upload;
  const report = current && state.status !== "idle" && state.status !== "error" ? state.report : null;
  const ready = report !== null && state.status === "preview" && report.errors.length === 0 && !upload.mappingChanged;
  const existing = state.status === "preview" || state.status === "rejected" ? state.existing : null;
  const failed = state.status === "error" || state.status === "rejected" || (state.status === "preview" && state.report.errors.length > 0);
  const columns = report?.columns;
  return (
    <div className="space-y-6">
      <form onSubmit={upload.onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="organisation" value={slug} />
        <input type="hidden" name="programmeId" value={programmeId} />
        <XlsxFileField error={upload.fieldError} onFile={upload.onFileChange} />
        {columns ? (
          <ColumnMappingFields
            key={upload.answerCount}
            headerRow={columns.headerRow}
            headers={columns.headers}
            roles={COLUMN_ROLES.map((role) => ({ role, label: COLUMN_LABELS[role], field: MAPPING_FIELDS[role], column: columns[role], required: role === "title" }))}
            changed={upload.mappingChanged}
            onChange={upload.markMappingChanged}
          >
            {columns.periodEnd !== undefined ? <input type="hidden" name="periodEndColumn" value={columns.periodEnd} /> : null}
          </ColumnMappingFields>
        ) : null}
        {report ? (
          <>
            <input type="hidden" name="shiftYears" value={report.shiftedYears} />
            <YearShift report={report} academicYear={academicYear} pending={pending} />
          </>
        ) : null}
        {ready ? (
          <SelectField
            label="Как загрузить"
            name="mode"
            defaultValue="append"
            options={[
              { value: "append", label: "Добавить к текущей дорожной карте" },
              ...(existing && existing.evidenced > 0 ? [] : [{ value: "replace", label: "Заменить текущую дорожную карту" }]),
            ]}
            hint={existing && existing.activities > 0 ? existingHint(existing) : undefined}
          />
        ) : null}
        <ImportMessage message={state.status !== "idle" && (current || state.status === "error") ? state.message : null} failed={failed}>
          {state.status === "imported" ? (
            <>
              {" "}
              <Link href={returnHref}>Открыть дорожную карту</Link>
            </>
          ) : null}
        </ImportMessage>
        <ImportButtons ready={ready} pending={pending} confirmLabel="Загрузить в дорожную карту" />
      </form>
      {report ? <ImportReport report={report} /> : null}
    </div>
  );
}
