import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm aria-[invalid=true]:border-red-700";

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  registration?: UseFormRegisterReturn;
  name?: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
};

/** A labelled input with its hint and error wired for screen readers. */
export function Field({ label, error, hint, registration, name, type = "text", required, ...rest }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      <input
        id={id}
        type={type}
        name={registration ? undefined : name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        {...rest}
        {...registration}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="text-sm text-red-800" data-testid="field-error">
      {error}
    </p>
  ) : null;
}

type SelectProps = Omit<FieldProps, "type" | "placeholder" | "inputMode" | "autoComplete"> & {
  options: readonly { value: string; label: string }[];
  emptyLabel?: string;
};

export function SelectField({ label, error, hint, registration, name, options, emptyLabel, required, defaultValue }: SelectProps) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      <select
        id={id}
        name={registration ? undefined : name}
        defaultValue={defaultValue}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...registration}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function CheckboxGroup({
  legend,
  options,
  registration,
  name,
  defaultValues = [],
  error,
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  registration?: UseFormRegisterReturn;
  name?: string;
  defaultValues?: readonly string[];
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
            <input
              type="checkbox"
              value={option.value}
              name={registration ? undefined : name}
              defaultChecked={registration ? undefined : defaultValues.includes(option.value)}
              className="size-5 accent-brand-700"
              {...registration}
            />
            <span className="text-sm">{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
