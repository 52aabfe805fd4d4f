import type { MentorDocumentKind, MentorStatus, PersonCategory } from "@/lib/generated/prisma/enums";

export const MENTOR_STATUS_LABELS: Record<MentorStatus, string> = {
  CANDIDATE: "кандидат",
  SELECTED: "рекомендован комиссией",
  REJECTED: "не рекомендован",
  APPOINTED: "назначен приказом",
  WITHDRAWN: "выбыл",
};

export const MENTOR_DOCUMENT_LABELS: Record<MentorDocumentKind, string> = {
  NO_CRIMINAL_RECORD: "Справка об отсутствии судимости",
  MEDICAL: "Медицинская книжка (справка)",
};
export const MENTOR_DOCUMENT_KINDS = Object.keys(MENTOR_DOCUMENT_LABELS) as [MentorDocumentKind, ...MentorDocumentKind[]];

/** Who can be a mentor (Р-145): older pupils and students, teachers, graduates, parents, employers' people. */
export const MENTOR_CATEGORIES: readonly PersonCategory[] = ["PUPIL", "STUDENT", "TEACHER", "GRADUATE", "PARENT", "EMPLOYER_REPRESENTATIVE"];

/** Возрастные категории наставляемых, as candidates state them. */
export const AGE_GROUPS = ["10–12 лет", "13–15 лет", "16–18 лет", "студенты", "педагоги"] as const;
