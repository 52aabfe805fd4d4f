import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, SelectField } from "@/components/ui/field";
import { MEETING_FREQUENCY_LABELS } from "@/lib/programmes/academic-year";

const FREQUENCIES = Object.entries(MEETING_FREQUENCY_LABELS).map(([value, label]) => ({ value, label }));

/** The regulation's parameters of a programme: its curator, mentees per mentor, pair duration, meetings. */
export function ProgrammeParameterFields({
  staff,
  register,
  errorOf,
  curatorEmptyLabel,
}: {
  staff: { id: string; name: string }[];
  register: (name: "curatorMembershipId" | "menteesPerMentor" | "maxPairMonths" | "meetingFrequency") => UseFormRegisterReturn;
  errorOf: (name: string) => string | undefined;
  curatorEmptyLabel: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField label="Куратор" options={staff.map((s) => ({ value: s.id, label: s.name }))} emptyLabel={curatorEmptyLabel} registration={register("curatorMembershipId")} error={errorOf("curatorMembershipId")} />
      <Field label="Наставляемых на наставника" type="number" required registration={register("menteesPerMentor")} error={errorOf("menteesPerMentor")} />
      <Field label="Срок работы пары, месяцев" type="number" required registration={register("maxPairMonths")} error={errorOf("maxPairMonths")} />
      <SelectField label="Встречи пары" required options={FREQUENCIES} registration={register("meetingFrequency")} error={errorOf("meetingFrequency")} />
    </div>
  );
}
