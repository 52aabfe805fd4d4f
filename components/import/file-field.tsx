"use client";

import { useId } from "react";
import { FieldError, inputClass } from "@/components/ui/field";

/** The .xlsx file input of an import form, with the error the browser or the server found. */
export function XlsxFileField({ error, onFile }: { error?: string; onFile: (file: File | undefined) => void }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Файл .xlsx (до 5 МБ)<span aria-hidden="true" className="text-red-700"> *</span>
      </label>
      <input
        id={id}
        type="file"
        name="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-required
        onChange={(event) => onFile(event.currentTarget.files?.[0])}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
