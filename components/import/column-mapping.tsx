"use client";

import { columnLetter } from "@/lib/import/limits";
import type { HeaderCell } from "@/lib/import/headers";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";

export type MappedRole = { role: string; label: string; field: string; column: number | undefined; required?: boolean };

/** Which column of the file is which: a select per role over the header row's columns. */
export function ColumnMappingFields({
  headerRow,
  headers,
  roles,
  changed,
  onChange,
  children,
}: {
  headerRow: number;
  headers: HeaderCell[];
  roles: MappedRole[];
  changed: boolean;
  onChange: () => void;
  children?: React.ReactNode;
}) {
  const options = headers.map((header) => ({ value: String(header.column), label: `${columnLetter(header.column)}: ${header.text}` }));
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4" onChange={onChange}>
      <legend className="px-1 text-sm font-medium">Сопоставление столбцов (строка заголовков — {headerRow})</legend>
      <input type="hidden" name="headerRow" value={headerRow} />
      {children}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {roles.map((role) => (
          <SelectField
            key={role.role}
            label={role.label}
            name={role.field}
            options={options}
            emptyLabel={role.required ? "— выберите столбец —" : "— нет в файле —"}
            defaultValue={role.column === undefined ? "" : String(role.column)}
          />
        ))}
      </div>
      <p className={changed ? "text-sm font-medium text-amber-900" : "text-sm text-muted"}>
        {changed ? "Сопоставление изменено: нажмите «Проверить файл», чтобы увидеть результат." : "Изменив сопоставление, нажмите «Проверить файл» ещё раз."}
      </p>
    </fieldset>
  );
}

/** The answer of an import form: green when the file is fine or loaded, red otherwise. */
export function ImportMessage({ message, failed, children }: { message: string | null; failed: boolean; children?: React.ReactNode }) {
  return (
    <div aria-live="polite" data-testid={message === null ? undefined : failed ? "form-error" : "form-success"}>
      {message !== null ? (
        <p className={`rounded-md border px-4 py-3 text-sm ${failed ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}>
          {message}
          {children}
        </p>
      ) : null}
    </div>
  );
}

/** «Проверить файл», and once the checked file has no error, the button that loads it (confirm=1). */
export function ImportButtons({ ready, pending, confirmLabel }: { ready: boolean; pending: boolean; confirmLabel: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <SubmitButton variant={ready ? "secondary" : "primary"} pending={pending} pendingText="Проверка…">
        Проверить файл
      </SubmitButton>
      {ready ? (
        <button type="submit" name="confirm" value="1" disabled={pending} aria-disabled={pending} className={buttonClass("primary")}>
          {pending ? "Загрузка…" : confirmLabel}
        </button>
      ) : null}
    </div>
  );
}
