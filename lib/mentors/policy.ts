import type { MentorDocumentKind, PersonCategory } from "@/lib/generated/prisma/enums";
import { addDays, formatCalendarDate } from "@/lib/dates/calendar-date";
import { ADULT_AGE, ageOn } from "@/lib/people/age";
import { MENTOR_CATEGORIES, MENTOR_DOCUMENT_KINDS, MENTOR_DOCUMENT_LABELS } from "@/lib/mentors/labels";

/** How far ahead the curator is warned of a document running out. */
export const EXPIRY_WARNING_DAYS = 30;
/** Mentors of pupils and students are at least this old: a pupil mentors younger ones from the 8th grade or so. */
export const MENTOR_MIN_AGE = 13;

export type MentorPerson = { category: PersonCategory; birthDate: string | null; leftOn: string | null };
export type HeldDocument = { kind: MentorDocumentKind; issuedOn: string; validUntil: string | null };

/**
 * A mentor who is not the organisation's employee and is an adult — a graduate, a parent, an
 * employer's person, an adult student — must hold a certificate of no criminal record and a
 * medical one before working with minors (ТК РФ ст. 351.1). Teachers passed these on hiring;
 * pupils mentoring pupils are minors themselves.
 */
export function needsDocuments(person: MentorPerson, today: string): boolean {
  if (person.category === "TEACHER" || person.category === "PUPIL") return false;
  if (person.category === "STUDENT") return person.birthDate === null || ageOn(person.birthDate, today) >= ADULT_AGE;
  return true;
}

/** Why a person cannot join the base of mentors, or null. */
export function whyNotMentorCandidate(person: MentorPerson, today: string): string | null {
  if (person.leftOn) return "Человек выбыл: вернуть его в списки можно из его карточки.";
  if (!MENTOR_CATEGORIES.includes(person.category)) return "Эту категорию нельзя включить в базу наставников.";
  if (person.category === "PUPIL" || person.category === "STUDENT") {
    if (person.birthDate === null) return `Укажите дату рождения в карточке: наставником обучающийся может быть с ${MENTOR_MIN_AGE} лет.`;
    if (ageOn(person.birthDate, today) < MENTOR_MIN_AGE) return `Наставником обучающийся может быть с ${MENTOR_MIN_AGE} лет.`;
  }
  return null;
}

const valid = (document: HeldDocument, today: string) => document.issuedOn <= today && (document.validUntil === null || document.validUntil >= today);

/**
 * What stands between a mentor and work with minors, document by document — «нет справки об
 * отсутствии судимости», «медицинская книжка истекла 01.11.2026» — or nothing.
 */
export function documentProblems(person: MentorPerson, documents: readonly HeldDocument[], today: string): string[] {
  if (!needsDocuments(person, today)) return [];
  return MENTOR_DOCUMENT_KINDS.flatMap((kind) => {
    const held = documents.filter((document) => document.kind === kind);
    if (held.some((document) => valid(document, today))) return [];
    const label = MENTOR_DOCUMENT_LABELS[kind];
    const latest = held.map((document) => document.validUntil).filter((date): date is string => date !== null).sort().at(-1);
    return [latest && latest < today ? `${label}: срок действия истёк ${formatCalendarDate(latest)}` : `${label}: нет в базе`];
  });
}

/** Valid documents that run out within EXPIRY_WARNING_DAYS: the curator is told in advance. */
export function expiringSoon(documents: readonly HeldDocument[], today: string): HeldDocument[] {
  const horizon = addDays(today, EXPIRY_WARNING_DAYS);
  return documents.filter((document) => valid(document, today) && document.validUntil !== null && document.validUntil <= horizon);
}
