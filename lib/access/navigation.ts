import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/access/permissions";

export type NavItem = { href: string; label: string };

const ORGANISATION_NAV: readonly { path: string; label: string; permission: Permission }[] = [
  { path: "", label: "Главная", permission: "organisation.view" },
  { path: "/tasks", label: "Мои задачи", permission: "roadmap.updateOwn" },
  { path: "/programmes", label: "Программы и дорожные карты", permission: "programmes.view" },
  { path: "/orders", label: "Приказы", permission: "orders.view" },
  { path: "/people", label: "Люди", permission: "people.view" },
  { path: "/partners", label: "Партнёры", permission: "partners.view" },
  { path: "/members", label: "Участники", permission: "members.view" },
  { path: "/children", label: "Мои дети", permission: "children.view" },
  { path: "/invitations", label: "Приглашения", permission: "members.invite" },
  { path: "/audit", label: "Журнал действий", permission: "audit.view" },
  { path: "/settings", label: "Сведения об организации", permission: "organisation.edit" },
];

/** The menu a member sees: exactly the pages the permission table opens to their roles. */
export function organisationNavigation(slug: string, roles: readonly OrganisationRole[]): NavItem[] {
  const onlyClassTeacher = roles.includes("CLASS_TEACHER") && !roles.some((r) => ["DIRECTOR", "CURATOR", "PSYCHOLOGIST", "METHODIST"].includes(r));
  return ORGANISATION_NAV.filter((item) => can(roles, item.permission)).map((item) => ({
    href: `/o/${slug}${item.path}`,
    label: item.path === "/members" && onlyClassTeacher ? "Мой класс" : item.label,
  }));
}
