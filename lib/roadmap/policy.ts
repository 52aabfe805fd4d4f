import type { OrganisationRole, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/access/permissions";
import { mayChangeRoadmap } from "@/lib/programmes/policy";

/**
 * Who may do what to a roadmap activity: the one rule that pages, components, services and
 * upload routes all ask. The curator and the director edit the whole roadmap; anyone else
 * with `roadmap.updateOwn` works only on the activities they are responsible for — named, or
 * through a role the activity lists. Nothing changes once the programme is completed.
 */
export type Member = { id: string; roles: readonly OrganisationRole[] };
export type Responsibility = { responsibleRoles: readonly OrganisationRole[]; responsibleMembershipIds: readonly string[] };
type Programme = { status: ProgrammeStatus };

/** A person is responsible when named, or when one of their roles is. */
export function isResponsible(activity: Responsibility, member: Member): boolean {
  return activity.responsibleMembershipIds.includes(member.id) || activity.responsibleRoles.some((role) => member.roles.includes(role));
}

/** Stages and activities themselves: add, edit, move, remove; evidence removed; imports. */
export function mayEditRoadmap(member: Member, programme: Programme): boolean {
  return mayChangeRoadmap(programme) && can(member.roles, "roadmap.edit");
}

/** Work on one activity: its status, its evidence, its comments. */
function mayWorkOn(member: Member, activity: Responsibility, programme: Programme): boolean {
  if (!mayChangeRoadmap(programme)) return false;
  if (can(member.roles, "roadmap.edit")) return true;
  return can(member.roles, "roadmap.updateOwn") && isResponsible(activity, member);
}

export const mayChangeStatus = mayWorkOn;
export const mayAddEvidence = mayWorkOn;
export const mayComment = mayWorkOn;

/** What the activity's page and the roadmap's rows offer the member. */
export function activityRights(member: Member, activity: Responsibility, programme: Programme) {
  return {
    edit: mayEditRoadmap(member, programme),
    changeStatus: mayChangeStatus(member, activity, programme),
    addEvidence: mayAddEvidence(member, activity, programme),
    comment: mayComment(member, activity, programme),
  };
}

export const ACTIVITY_REFUSALS = {
  status: "Отмечать выполнение может ответственный за мероприятие, куратор или руководитель.",
  evidence: "Подтверждения добавляет ответственный за мероприятие, куратор или руководитель.",
  comment: "Комментировать мероприятие может ответственный за него, куратор или руководитель.",
} as const;
