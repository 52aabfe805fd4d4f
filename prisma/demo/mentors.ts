import type { Tx } from "@/lib/db/scope";
import { academicYearStartOf, addDays, calendarDate } from "@/lib/dates/calendar-date";

const COMPETENCIES = [["математика", "подготовка к ОГЭ"], ["русский язык", "проектная деятельность"], ["физика", "робототехника"], ["история", "классное руководство"]];

/**
 * Each demo school's base of mentors for this year's programme: its teachers with their
 * competencies and the «Школа наставников» course (three recommended by the selection
 * commission, waiting for the appointing order), its mentor account, and the partner's two
 * people — one with valid certificates, one whose certificate of no criminal record has run out
 * (what the curator must chase). Skipped when the programme has candidates already.
 */
export async function seedMentorsOf(tx: Tx, organisationId: string, today: string): Promise<boolean> {
  const year = academicYearStartOf(today);
  const programme = await tx.programme.findFirst({ where: { organisationId, academicYear: year, status: { not: "COMPLETED" } }, select: { id: true } });
  if (!programme || (await tx.mentorCandidate.count({ where: { programmeId: programme.id } })) > 0) return false;
  const teachers = await tx.person.findMany({
    where: { organisationId, category: "TEACHER", OR: [{ membership: null }, { membership: { roles: { has: "MENTOR" } } }] },
    select: { id: true },
    orderBy: { lastName: "asc" },
    take: 5,
  });
  const partners = await tx.person.findMany({ where: { organisationId, category: "EMPLOYER_REPRESENTATIVE" }, select: { id: true }, orderBy: { lastName: "asc" } });
  const candidates = await tx.mentorCandidate.createManyAndReturn({
    data: [...teachers, ...partners].map((person, index) => ({
      organisationId,
      programmeId: programme.id,
      personId: person.id,
      competencies: COMPETENCIES[index % COMPETENCIES.length] ?? [],
      ageGroups: ["13–15 лет"],
      hoursPerWeek: 2 + (index % 3),
      appliedOn: calendarDate(`${year}-09-${String(5 + index).padStart(2, "0")}`),
      // The commission has met: three teachers recommended, waiting for the order that appoints them.
      ...(index < 3 ? { status: "SELECTED" as const, decidedOn: calendarDate(`${year}-09-25`), decisionNote: "Протокол заседания комиссии № 1" } : {}),
    })),
    select: { id: true, personId: true },
  });
  await tx.mentorTraining.createMany({
    data: candidates.slice(0, teachers.length).map((candidate) => ({ organisationId, candidateId: candidate.id, course: "Школа наставников", hours: 72, completedOn: calendarDate(`${year}-10-30`), certificate: "Удостоверение о повышении квалификации" })),
  });
  const [valid, lapsed] = partners;
  await tx.mentorDocument.createMany({
    data: [
      ...(valid ? [
        { organisationId, personId: valid.id, kind: "NO_CRIMINAL_RECORD" as const, number: "63/2026-11873", issuedOn: calendarDate(addDays(today, -40)), validUntil: null },
        { organisationId, personId: valid.id, kind: "MEDICAL" as const, issuedOn: calendarDate(addDays(today, -340)), validUntil: calendarDate(addDays(today, 25)) },
      ] : []),
      ...(lapsed ? [
        { organisationId, personId: lapsed.id, kind: "NO_CRIMINAL_RECORD" as const, issuedOn: calendarDate(addDays(today, -500)), validUntil: calendarDate(addDays(today, -45)) },
        { organisationId, personId: lapsed.id, kind: "MEDICAL" as const, issuedOn: calendarDate(addDays(today, -100)), validUntil: calendarDate(addDays(today, 265)) },
      ] : []),
    ],
  });
  return true;
}
