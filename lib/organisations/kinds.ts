import type { AuthorityLevel, OrganisationKind } from "@/lib/generated/prisma/enums";

export const ORGANISATION_KINDS = [
  "SCHOOL",
  "LYCEUM",
  "GYMNASIUM",
  "BOARDING_SCHOOL",
  "ADDITIONAL_EDUCATION",
  "COLLEGE",
] as const satisfies readonly OrganisationKind[];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  SCHOOL: "Школа",
  LYCEUM: "Лицей",
  GYMNASIUM: "Гимназия",
  BOARDING_SCHOOL: "Школа-интернат",
  ADDITIONAL_EDUCATION: "Организация дополнительного образования",
  COLLEGE: "Колледж",
};

export const AUTHORITY_LEVELS = ["MUNICIPAL", "REGIONAL"] as const satisfies readonly AuthorityLevel[];

export const AUTHORITY_LEVEL_LABELS: Record<AuthorityLevel, string> = {
  MUNICIPAL: "Муниципальный орган управления образованием",
  REGIONAL: "Региональный орган управления образованием",
};
