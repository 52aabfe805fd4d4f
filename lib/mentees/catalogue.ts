import type { MenteeStatus, PersonCategory, RequestSource } from "@/lib/generated/prisma/enums";

/**
 * Запросы наставляемых: what schools' bases list as the reasons a pupil, a student or a young
 * teacher wants a mentor. «Другое» needs the request in the mentee's words.
 */
export const REQUEST_TOPICS = {
  ACADEMIC: "Повышение образовательных результатов",
  ADAPTATION: "Адаптация в новом коллективе",
  CAREER: "Профориентация, выбор профессии",
  PROJECT: "Проектная и исследовательская деятельность",
  OLYMPIAD: "Подготовка к олимпиадам и конкурсам",
  SOCIAL: "Общение, социализация",
  LEADERSHIP: "Лидерские качества, общественная активность",
  CREATIVE: "Творчество и спорт",
  DIGITAL: "Цифровые навыки",
  PROFESSIONAL: "Профессиональная компетенция педагога",
  OTHER: "Другое",
} as const;

export type RequestTopic = keyof typeof REQUEST_TOPICS;
export const REQUEST_TOPIC_KEYS = Object.keys(REQUEST_TOPICS) as [RequestTopic, ...RequestTopic[]];

export const REQUEST_SOURCE_LABELS: Record<RequestSource, string> = {
  SELF: "сам наставляемый",
  CLASS_TEACHER: "классный руководитель",
  PSYCHOLOGIST: "педагог-психолог",
  PARENT: "родитель (законный представитель)",
  CURATOR: "куратор",
};
export const REQUEST_SOURCES = Object.keys(REQUEST_SOURCE_LABELS) as [RequestSource, ...RequestSource[]];

export const MENTEE_STATUS_LABELS: Record<MenteeStatus, string> = {
  WAITING: "ждёт наставника",
  PAIRED: "в паре",
  SUPPORT_WITHOUT_PAIR: "поддержка без пары",
  LEFT: "выбыл",
};
export const MENTEE_STATUSES = Object.keys(MENTEE_STATUS_LABELS) as [MenteeStatus, ...MenteeStatus[]];

/** Who can be a mentee: pupils and students (from 10), and teachers (a young specialist, a newcomer). */
export const MENTEE_CATEGORIES: readonly PersonCategory[] = ["PUPIL", "STUDENT", "TEACHER"];

export function requestTopicLabel(topic: string): string {
  return Object.hasOwn(REQUEST_TOPICS, topic) ? REQUEST_TOPICS[topic as RequestTopic] : topic;
}
