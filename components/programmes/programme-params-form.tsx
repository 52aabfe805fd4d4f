"use client";

import { updateProgrammeAction } from "@/lib/programmes/actions";
import { updateProgrammeSchema } from "@/lib/programmes/schemas";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FormsChooser } from "@/components/programmes/forms-chooser";
import { ProgrammeParameterFields } from "@/components/programmes/programme-parameter-fields";

export function ProgrammeParamsForm({
  slug,
  programme,
  staff,
  forms,
}: {
  slug: string;
  programme: RoadmapView["programme"];
  staff: { id: string; name: string }[];
  forms: { title: string; roleModels: string[] }[];
}) {
  const chosen = programme.forms.flatMap((form) => (form.roleModels.length === 0 ? [`${form.title}::`] : form.roleModels.map((model) => `${form.title}::${model}`)));
  const { form, state, pending, onSubmit, errorOf } = useActionForm(updateProgrammeSchema, updateProgrammeAction, {
    defaultValues: {
      programmeId: programme.id,
      title: programme.title,
      curatorMembershipId: programme.curatorMembershipId ?? undefined,
      menteesPerMentor: programme.menteesPerMentor,
      maxPairMonths: programme.maxPairMonths,
      meetingFrequency: programme.meetingFrequency,
      forms: chosen,
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("programmeId")} />
      <Field label="Название программы" required registration={form.register("title")} error={errorOf("title")} />
      <FormsChooser forms={forms} registration={form.register("forms")} error={errorOf("forms")} />
      <ProgrammeParameterFields staff={staff} register={(name) => form.register(name)} errorOf={errorOf} curatorEmptyLabel="— не назначен —" />
      <SubmitButton pending={pending}>Сохранить параметры</SubmitButton>
    </form>
  );
}
