import type { ProgrammeStatus } from "@/lib/generated/prisma/enums";

/**
 * What may change in a programme at each stage of its life. A draft is changed freely; an
 * order approves it, after which its parameters and curator change only by a new order,
 * while its roadmap stays a working document until the programme is completed.
 */
type Programme = { status: ProgrammeStatus };

/** Title, curator, forms and the regulation's parameters: only while a draft. */
export function mayChangeParameters(programme: Programme): boolean {
  return programme.status === "DRAFT";
}

/** Stages, activities, statuses, evidence, comments, imports: until the programme is completed. */
export function mayChangeRoadmap(programme: Programme): boolean {
  return programme.status !== "COMPLETED";
}

/** An approval order may be drafted for a draft only. */
export function mayBeApproved(programme: Programme): boolean {
  return programme.status === "DRAFT";
}

/** Завершение closes an approved programme. */
export function mayComplete(programme: Programme): boolean {
  return programme.status === "APPROVED";
}

export const PROGRAMME_REFUSALS = {
  parameters: "Программа утверждена приказом: её параметры и куратора меняет только новый приказ.",
  roadmap: "Программа завершена: её дорожную карту изменить нельзя.",
  approved: "Эта программа уже утверждена.",
  complete: "Завершить можно только утверждённую программу.",
} as const;
