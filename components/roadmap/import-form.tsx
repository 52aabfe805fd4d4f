"use client";

import Link from "next/link";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { importRoadmapAction, type ImportFormState } from "@/lib/roadmap/import/actions";
import type { DetectedColumns } from "@/lib/roadmap/import/read";
import { COLUMN_LABELS, COLUMN_ROLES, MAPPING_FIELDS, MAX_IMPORT_BYTES, columnLetter } from "@/lib/roadmap/import/schemas";
import { SelectField, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
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

const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

function ColumnMappingFields({ columns, changed, onChange }: { columns: DetectedColumns; changed: boolean; onChange: () => void }) {
  const options = columns.headers.map((header) => ({ value: String(header.column), label: `${columnLetter(header.column)}: ${header.text}` }));
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4" onChange={onChange}>
      <legend className="px-1 text-sm font-medium">Сопоставление столбцов (строка заголовков — {columns.headerRow})</legend>
      <input type="hidden" name="headerRow" value={columns.headerRow} />
      {columns.periodEnd !== undefined ? <input type="hidden" name="periodEndColumn" value={columns.periodEnd} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {COLUMN_ROLES.map((role) => (
          <SelectField
            key={role}
            label={COLUMN_LABELS[role]}
            name={MAPPING_FIELDS[role]}
            options={options}
            emptyLabel={role === "title" ? "— выберите столбец —" : "— нет в файле —"}
            defaultValue={columns[role] === undefined ? "" : String(columns[role])}
          />
        ))}
      </div>
      <p className={changed ? "text-sm font-medium text-amber-900" : "text-sm text-muted"}>
        {changed ? "Сопоставление изменено: нажмите «Проверить файл», чтобы увидеть результат." : "Изменив сопоставление, нажмите «Проверить файл» ещё раз."}
      </p>
    </fieldset>
  );
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
  const [chosenFile, setChosenFile] = useState<string | null>(null);
  const [submittedFile, setSubmittedFile] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // Which file the shown answer is about, and whether the mapping changed since: a new answer
  // (adjusted during render, as React recommends) settles both.
  const [answered, setAnswered] = useState<{ state: ImportFormState; file: string | null; count: number }>({ state, file: null, count: 0 });
  const [mappingChanged, setMappingChanged] = useState(false);
  if (answered.state !== state) {
    setAnswered({ state, file: submittedFile, count: answered.count + 1 });
    setMappingChanged(false);
  }
  const fileId = useId();

  const report = state.status === "idle" || state.status === "error" ? null : state.report;
  const current = report !== null && answered.file !== null && answered.file === chosenFile;
  const ready = current && state.status === "preview" && state.report.errors.length === 0 && !mappingChanged;
  const existing = state.status === "preview" || state.status === "rejected" ? state.existing : null;
  const failed = state.status === "error" || state.status === "rejected" || (state.status === "preview" && state.report.errors.length > 0);

  const onFileChange = (file: File | undefined) => {
    setChosenFile(file ? fileKey(file) : null);
    if (!file) return setFileError(undefined);
    if (!/\.xlsx$/i.test(file.name)) return setFileError("Нужен файл .xlsx (Книга Excel); файлы .xls и .csv сохраните в Excel как .xlsx");
    setFileError(file.size > MAX_IMPORT_BYTES ? "Файл больше 5 МБ: загрузите файл поменьше." : undefined);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fileError) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    setSubmittedFile(file instanceof File && file.size > 0 ? fileKey(file) : null);
    startTransition(() => formAction(data));
  };

  const fieldError = fileError ?? (state.status === "error" ? (state.fieldErrors?.file ?? state.fieldErrors?.fileName) : undefined);
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="organisation" value={slug} />
        <input type="hidden" name="programmeId" value={programmeId} />
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium">
            Файл .xlsx (до 5 МБ)<span aria-hidden="true" className="text-red-700"> *</span>
          </label>
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${fileId}-error` : undefined}
            aria-required
            onChange={(event) => onFileChange(event.currentTarget.files?.[0])}
          />
          <FieldError id={`${fileId}-error`} error={fieldError} />
        </div>
        {current && report.columns ? (
          <ColumnMappingFields key={answered.count} columns={report.columns} changed={mappingChanged} onChange={() => setMappingChanged(true)} />
        ) : null}
        {current ? (
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
        <div aria-live="polite" data-testid={state.status === "idle" ? undefined : failed ? "form-error" : "form-success"}>
          {state.status !== "idle" && (current || state.status === "error") ? (
            <p className={`rounded-md border px-4 py-3 text-sm ${failed ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}>
              {state.message}
              {state.status === "imported" ? (
                <>
                  {" "}
                  <Link href={returnHref}>Открыть дорожную карту</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-3">
          <SubmitButton variant={ready ? "secondary" : "primary"} pending={pending} pendingText="Проверка…">
            Проверить файл
          </SubmitButton>
          {ready ? (
            <button type="submit" name="confirm" value="1" disabled={pending} aria-disabled={pending} className={buttonClass("primary")}>
              {pending ? "Загрузка…" : "Загрузить в дорожную карту"}
            </button>
          ) : null}
        </div>
      </form>
      {current ? <ImportReport report={report} /> : null}
    </div>
  );
}
