import { z } from "zod";
import { blankable, plainText, requiredText } from "@/lib/actions/form-data";

const MEETING_FREQUENCIES = ["WEEKLY", "BIWEEKLY", "MONTHLY"] as const;

/** «Ученик – ученик: успевающий – неуспевающий; лидер – пассивный» — a form and its role models as one checkbox value. */
export const formChoice = plainText(500).refine((choice) => (choice.split("::")[0] ?? "").trim() !== "", "Выберите форму наставничества");

const programmeParameters = {
  title: requiredText("Название программы", 300),
  curatorMembershipId: blankable(z.uuid("Выберите куратора")),
  menteesPerMentor: z.coerce
    .number({ error: "Укажите число" })
    .int("Целое число")
    .min(1, "Не меньше 1")
    .max(10, "Не больше 10"),
  maxPairMonths: z.coerce.number({ error: "Укажите число" }).int("Целое число").min(1, "Не меньше 1 месяца").max(12, "Не больше года (Положение, 2.7)"),
  meetingFrequency: z.enum(MEETING_FREQUENCIES, { error: "Выберите частоту встреч" }),
  forms: z.array(formChoice).min(1, "Выберите хотя бы одну форму наставничества").max(20),
};

export const createProgrammeSchema = z
  .object({
    ...programmeParameters,
    academicYear: z.coerce.number({ error: "Выберите учебный год" }).int().min(2015, "Не раньше 2015/2016").max(2100),
    templateId: plainText(60).min(1, "Выберите шаблон дорожной карты"),
  })
  .strict();

export const updateProgrammeSchema = z.object({ programmeId: z.uuid(), ...programmeParameters }).strict();

/** An action on one whole programme (copy to next year, complete). */
export const copyProgrammeSchema = z.object({ programmeId: z.uuid("Выберите программу") }).strict();

export const customFormSchema = z
  .object({
    title: requiredText("Форма наставничества", 200),
    roleModels: plainText(4000, "Ролевые модели — не длиннее 4000 символов")
      .optional()
      .transform((text) => (text ?? "").split(/\r?\n|;/).map((line) => line.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(200)).max(20)),
  })
  .strict();

/** Form choices travel as «форма::ролевая модель»; a form without role models as «форма::». */
export function parseFormChoices(choices: readonly string[]): { title: string; roleModels: string[] }[] {
  const byForm = new Map<string, string[]>();
  for (const choice of choices) {
    const [title = "", roleModel = ""] = choice.split("::");
    const models = byForm.get(title) ?? [];
    if (roleModel) models.push(roleModel);
    byForm.set(title, models);
  }
  return [...byForm].filter(([title]) => title.trim()).map(([title, roleModels]) => ({ title, roleModels }));
}
