import type { PartnerKind } from "@/lib/generated/prisma/enums";

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  EMPLOYER: "Предприятие, работодатель",
  EDUCATION: "Образовательная организация",
  NONPROFIT: "Общественная организация",
  PUBLIC_BODY: "Учреждение культуры, спорта, орган власти",
  OTHER: "Другое",
};
export const PARTNER_KINDS = Object.keys(PARTNER_KIND_LABELS) as [PartnerKind, ...PartnerKind[]];
