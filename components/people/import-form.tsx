"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importPeopleAction, type PeopleImportState } from "@/lib/people/import/actions";
import { PEOPLE_COLUMN_LABELS, PEOPLE_COLUMN_ROLES, peopleColumnField } from "@/lib/people/import/schemas";
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from "@/lib/people/labels";
import { SelectField } from "@/components/ui/field";
import { useFileImport } from "@/components/forms/use-file-import";
import { XlsxFileField } from "@/components/import/file-field";
import { ColumnMappingFields, ImportButtons, ImportMessage } from "@/components/import/column-mapping";
import { PeopleImportReport } from "@/components/people/import-report";

const IDLE: PeopleImportState = { status: "idle" };
const CATEGORY_OPTIONS = PERSON_CATEGORIES.map((category) => ({ value: category, label: PERSON_CATEGORY_LABELS[category] }));

/** Step 1 checks the file and says what each row would do; step 2 sends the same file again with confirm=1. */
export function PeopleImportForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useActionState(importPeopleAction, IDLE);
  const upload = useFileImport(state, formAction);
  const answer = upload.current && state.status !== "idle" && state.status !== "error" ? state : null;
  const report = answer?.report ?? null;
  const ready = answer !== null && answer.status === "preview" && answer.report.errors.length === 0 && !upload.mappingChanged;
  const failed = state.status === "error" || state.status === "rejected" || (state.status === "preview" && state.report.errors.length > 0);
  // Several sheets are read alike: the mapping is offered for the first one's header.
  const columns = report?.sheets.find((sheet) => sheet.columns)?.columns ?? null;
  return (
    <div className="space-y-6">
      <form onSubmit={upload.onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="organisation" value={slug} />
        <XlsxFileField error={upload.fieldError} onFile={upload.onFileChange} />
        <SelectField
          label="Кто в списке"
          name="category"
          options={CATEGORY_OPTIONS}
          defaultValue="PUPIL"
          hint="Если в файле нет столбца «Категория». Родителей из столбца «ФИО родителя» система узнаёт сама."
        />
        {columns ? (
          <ColumnMappingFields
            key={upload.answerCount}
            headerRow={columns.headerRow}
            headers={columns.headers}
            roles={PEOPLE_COLUMN_ROLES.map((role) => ({ role, label: PEOPLE_COLUMN_LABELS[role], field: peopleColumnField(role), column: columns[role] }))}
            changed={upload.mappingChanged}
            onChange={upload.markMappingChanged}
          />
        ) : null}
        <ImportMessage message={state.status !== "idle" && (upload.current || state.status === "error") ? state.message : null} failed={failed}>
          {state.status === "imported" ? (
            <>
              {" "}
              <Link href={`/o/${slug}/people`}>Открыть список людей</Link>
            </>
          ) : null}
        </ImportMessage>
        <ImportButtons ready={ready} pending={pending} confirmLabel="Загрузить в список людей" />
      </form>
      {answer ? <PeopleImportReport report={answer.report} rows={answer.rows} /> : null}
    </div>
  );
}
