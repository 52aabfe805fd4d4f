import type { RoadmapView } from "@/lib/roadmap/queries";

/** A 2025/2026 programme as the roadmap queries return it, for tests of exports and imports. */
export function programmeFixture(fields: Partial<RoadmapView["programme"]> = {}): RoadmapView["programme"] {
  return {
    id: "p",
    title: "Программа",
    academicYear: 2025,
    status: "DRAFT",
    startsOn: "2025-09-01",
    endsOn: "2026-08-31",
    menteesPerMentor: 2,
    maxPairMonths: 12,
    meetingFrequency: "WEEKLY",
    curatorMembershipId: null,
    curatorName: null,
    forms: [],
    approvedBy: null,
    ...fields,
  };
}
