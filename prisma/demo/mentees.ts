import type { RequestSource } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import { applyScope } from "@/lib/db/scope";
import { academicYearStartOf, isoDay } from "@/lib/dates/calendar-date";
import { REQUEST_TOPIC_KEYS, type RequestTopic } from "@/lib/mentees/catalogue";
import { whyNotMentee } from "@/lib/mentees/policy";

/** What the demo's mentees asked for, in their own words where the base has them. */
const REQUESTS: readonly [RequestTopic, RequestSource, string | null][] = [
  ["ACADEMIC", "CLASS_TEACHER", "Отстаёт по математике после болезни"],
  ["ADAPTATION", "PSYCHOLOGIST", "Перешёл из другой школы, пока ни с кем не сдружился"],
  ["CAREER", "SELF", "Хочет понять, идти ли в 10 класс или в колледж"],
  ["PROJECT", "SELF", "Проект по биологии для конференции"],
  ["OLYMPIAD", "CLASS_TEACHER", null],
  ["SOCIAL", "PARENT", "Стесняется отвечать у доски"],
  ["DIGITAL", "SELF", null],
];

/**
 * Each demo school's base of mentees for this year's programme, as mid-year: a dozen pupils
 * of its class lists, most with a request (from themselves, a class teacher, the psychologist
 * or a parent), most waiting for a mentor. Skipped when the programme has mentees already.
 */
export async function seedMenteesOf(tx: Tx, organisationId: string, today: string): Promise<boolean> {
  const curator = await tx.membership.findFirst({ where: { organisationId, roles: { has: "CURATOR" } }, select: { id: true, userId: true } });
  await applyScope(tx, { organisationId, userId: curator?.userId });
  const programme = await tx.programme.findFirst({
    where: { organisationId, academicYear: academicYearStartOf(today), status: { not: "COMPLETED" } },
    select: { id: true },
  });
  if (!programme || (await tx.mentee.count({ where: { programmeId: programme.id } })) > 0) return false;
  const pupils = await tx.person.findMany({
    where: { organisationId, category: { in: ["PUPIL", "STUDENT"] } },
    select: { id: true, category: true, birthDate: true, leftOn: true, membership: { select: { id: true } } },
    orderBy: [{ className: "asc" }, { lastName: "asc" }],
  });
  const eligible = pupils.filter((pupil) => whyNotMentee({ category: pupil.category, birthDate: pupil.birthDate && isoDay(pupil.birthDate), leftOn: null }, today) === null);
  // The demo's mentee accounts first (they sign in and should find themselves in the base), then every other pupil.
  const chosen = [...eligible.filter((pupil) => pupil.membership), ...eligible.filter((pupil) => !pupil.membership).filter((_, index) => index % 2 === 0)].slice(0, 12);
  const mentees = await tx.mentee.createManyAndReturn({
    data: chosen.map((pupil, index) => ({ organisationId, programmeId: programme.id, personId: pupil.id, status: index === 0 ? ("SUPPORT_WITHOUT_PAIR" as const) : ("WAITING" as const) })),
    select: { id: true },
  });
  await tx.menteeRequest.createMany({
    data: mentees.flatMap((mentee, index) => {
      if (index % 5 === 4) return [];
      const [topic, source, details] = REQUESTS[index % REQUESTS.length] ?? [REQUEST_TOPIC_KEYS[0], "CURATOR", null];
      return [{ organisationId, menteeId: mentee.id, topic, source, details, recordedByMembershipId: curator?.id ?? null }];
    }),
  });
  return true;
}
