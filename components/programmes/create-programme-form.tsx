"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { createProgrammeSchema } from "@/lib/programmes/schemas";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FieldError, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FormsChooser } from "@/components/programmes/forms-chooser";
import { ProgrammeParameterFields } from "@/components/programmes/programme-parameter-fields";

type Props = {
  slug: string;
  currentYear: number;
  staff: { id: string; name: string }[];
  forms: { title: string; roleModels: string[] }[];
  templates: { id: string; title: string; description: string }[];
};

export function CreateProgrammeForm({ slug, currentYear, staff, forms, templates }: Props) {
  const router = useRouter();
  const { form, state, pending, onSubmit, errorOf } = useActionForm(createProgrammeSchema, createProgrammeAction, {
    defaultValues: {
      title: `Программа наставничества на ${academicYearLabel(currentYear)} учебный год`,
      academicYear: currentYear,
      templateId: templates[0]?.id ?? "",
      menteesPerMentor: 2,
      maxPairMonths: 12,
      meetingFrequency: "WEEKLY",
      forms: [],
    },
  });
  const year = Number(form.watch("academicYear"));
  const { getValues, setValue } = form;
  useEffect(() => {
    // The proposed title names the chosen year, unless the curator has written their own.
    const title = String(getValues("title") ?? "");
    const proposed = /^Программа наставничества на \d{4}\/\d{4} учебный год$/;
    if (proposed.test(title)) setValue("title", `Программа наставничества на ${academicYearLabel(year)} учебный год`);
  }, [year, getValues, setValue]);
  useEffect(() => {
    if (state.status === "success" && state.data?.programmeId) router.push(`/o/${slug}/programmes/${state.data.programmeId}`);
  }, [state, router, slug]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <Field label="Название программы" required registration={form.register("title")} error={errorOf("title")} />
        <SelectField
          label="Учебный год"
          required
          hint={`1 сентября ${year} — 31 августа ${year + 1}`}
          options={[currentYear - 1, currentYear, currentYear + 1].map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
          registration={form.register("academicYear")}
          error={errorOf("academicYear")}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Шаблон дорожной карты</legend>
        <div className="grid gap-2 md:grid-cols-2">
          {templates.map((template) => (
            <label key={template.id} className="flex gap-3 rounded-md border border-slate-300 bg-white p-3">
              <input type="radio" value={template.id} className="mt-1 size-5 accent-brand-700" {...form.register("templateId")} />
              <span>
                <span className="block font-medium">{template.title}</span>
                <span className="block text-sm text-muted">{template.description}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="template-error" error={errorOf("templateId")} />
      </fieldset>
      <FormsChooser forms={forms} registration={form.register("forms")} error={errorOf("forms")} />
      <ProgrammeParameterFields staff={staff} register={(name) => form.register(name)} errorOf={errorOf} curatorEmptyLabel="— назначить позже —" />
      <SubmitButton pending={pending} pendingText="Создание…">
        Создать программу
      </SubmitButton>
    </form>
  );
}
