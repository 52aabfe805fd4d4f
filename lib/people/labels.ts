import type { PersonCategory, SupportNeed } from "@/lib/generated/prisma/enums";

/** Категории участников, as the bases of Р-145 name them. */
export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  PUPIL: "Обучающийся",
  STUDENT: "Студент",
  TEACHER: "Педагог",
  GRADUATE: "Выпускник",
  PARENT: "Родитель (законный представитель)",
  EMPLOYER_REPRESENTATIVE: "Представитель работодателя",
};

export const PERSON_CATEGORIES = Object.keys(PERSON_CATEGORY_LABELS) as [PersonCategory, ...PersonCategory[]];

/** Особые категории наставляемых. */
export const SUPPORT_NEED_LABELS: Record<SupportNeed, string> = {
  DISABILITY: "ОВЗ",
  GIFTED: "Одарённый",
  HARD_LIFE_SITUATION: "Трудная жизненная ситуация",
  LOW_INCOME_FAMILY: "Малоимущая семья",
  RURAL_AREA: "Сельская местность",
  ORPHAN: "Сирота, оставшийся без попечения родителей",
};

export const SUPPORT_NEEDS = Object.keys(SUPPORT_NEED_LABELS) as [SupportNeed, ...SupportNeed[]];
