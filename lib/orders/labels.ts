import type { OrderStatus, OrderType } from "@/lib/generated/prisma/enums";

export const ORDER_TYPE_LABELS: Record<OrderType, string> = {
  INTRODUCE_MODEL: "О внедрении целевой модели наставничества",
  APPROVE_PROGRAMME: "Об утверждении положения, программы и дорожной карты",
  APPOINT_CURATOR: "О назначении куратора",
  APPOINT_MENTORS: "О назначении наставников",
  FIX_PAIRS: "О закреплении наставнических пар/групп",
  REPLACE_MENTOR: "О замене наставника",
  FINAL_EVENT: "О проведении итогового мероприятия",
  REWARD: "О поощрении участников",
};

export const ORDER_TYPES = Object.keys(ORDER_TYPE_LABELS) as OrderType[];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  DRAFT: "проект",
  IN_REVIEW: "на согласовании",
  SIGNED: "подписан",
  CANCELLED: "отменён",
};
