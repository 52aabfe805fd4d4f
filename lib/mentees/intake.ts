import { z } from "zod";
import { optionalText } from "@/lib/actions/form-data";

/**
 * Анкета наставляемого, as schools ask it at intake: what interests them, what they expect of a
 * mentor, which form suits them, when they are free. Stored with the mentee (mentees.intake).
 */
export const INTAKE_FIELDS = {
  interests: "Интересы, увлечения",
  difficulties: "С чем трудно сейчас",
  expectations: "Чего жду от наставника",
  preferredForm: "Какая форма удобнее (встречи один на один, в группе, онлайн)",
  availability: "Когда удобно встречаться",
} as const;

export type IntakeField = keyof typeof INTAKE_FIELDS;

export const intakeSchema = z.object(
  Object.fromEntries(Object.entries(INTAKE_FIELDS).map(([key, label]) => [key, optionalText(label, 1000)])) as Record<IntakeField, ReturnType<typeof optionalText>>,
);
export type Intake = z.output<typeof intakeSchema>;

/** The stored answers, whatever was saved before (unknown keys and non-text dropped). */
export function intakeOf(stored: unknown): Intake {
  const parsed = intakeSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}
