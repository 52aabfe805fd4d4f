import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field";

/** Forms of mentoring with their role models; each checkbox is «форма::ролевая модель». */
export function FormsChooser({
  forms,
  registration,
  error,
}: {
  forms: { title: string; roleModels: string[] }[];
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Формы наставничества и ролевые модели этого года</legend>
      <div className="grid gap-3 md:grid-cols-2">
        {forms.map((form) => (
          <div key={form.title} className="rounded-md border border-slate-300 bg-white p-3">
            <p className="mb-1 font-medium">«{form.title}»</p>
            {form.roleModels.length === 0 ? (
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" value={`${form.title}::`} className="size-5 accent-brand-700" {...registration} />
                без ролевых моделей
              </label>
            ) : (
              form.roleModels.map((model) => (
                <label key={model} className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" value={`${form.title}::${model}`} className="size-5 accent-brand-700" {...registration} />
                  {model}
                </label>
              ))
            )}
          </div>
        ))}
      </div>
      <FieldError id="forms-error" error={error} />
    </fieldset>
  );
}
