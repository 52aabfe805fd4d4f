import type { Tx } from "@/lib/db/scope";
import { applyScope } from "@/lib/db/scope";
import { calendarDate, academicYearStartOf } from "@/lib/dates/calendar-date";
import { seededRandom } from "@/lib/ops/region/random";
import { personName } from "@/lib/ops/region/names";
import { birthDateOf, classListsOf, type PersonPlan } from "@/lib/ops/region/class-lists";
import type { DemoOrganisation } from "@/prisma/demo-data";

/** Each demo school's classes (the demo mentee's among them) and its staff without accounts. */
const DEMO_CLASSES: Record<string, readonly string[]> = {
  "lyceum-17": ["7А", "8Б", "10А"],
  "stepnovskaya-sosh": ["6Б", "9А"],
  "ozerskaya-internat": ["5А", "8А"],
};

const TEACHERS: readonly [string, number][] = [
  ["Учитель математики", 24 * 12],
  ["Учитель русского языка и литературы", 3 * 12 + 6],
  ["Учитель физики", 1 * 12 + 2],
  ["Учитель истории и обществознания", 11 * 12],
];

function seedOf(slug: string): number {
  return [...slug].reduce((hash, character) => (hash * 31 + character.charCodeAt(0)) >>> 0, 7);
}

const personRow = (organisationId: string, plan: PersonPlan) => ({
  id: plan.id,
  organisationId,
  lastName: plan.name.lastName,
  firstName: plan.name.firstName,
  middleName: plan.name.middleName,
  category: plan.category,
  birthDate: plan.birthDate ? calendarDate(plan.birthDate) : null,
  className: plan.className,
  phone: plan.phone,
});

/**
 * The school's lists as a curator would have typed them in by mid-year: its classes with dates
 * of birth and parents, special needs where they apply, teachers with their experience, its two
 * social partners with their agreements, and two mentors from the partner company. Written in the director's scope (special needs are
 * refused to anyone else); skipped when the school has people without accounts already.
 */
export async function seedPeopleOf(tx: Tx, organisation: DemoOrganisation & { id: string }, today: string): Promise<boolean> {
  const director = await tx.membership.findFirst({ where: { organisationId: organisation.id, roles: { has: "DIRECTOR" } }, select: { userId: true } });
  await applyScope(tx, { organisationId: organisation.id, userId: director?.userId });
  if (await tx.person.count({ where: { organisationId: organisation.id, membership: null } })) return false;
  const random = seededRandom(seedOf(organisation.slug));
  const year = academicYearStartOf(today);
  const lists = classListsOf(random, {
    classes: DEMO_CLASSES[organisation.slug] ?? [],
    kind: organisation.kind,
    academicYear: year,
    perClass: [8, 12],
    rural: !organisation.locality.startsWith("г."),
  });
  const staff = TEACHERS.map(([position, experienceMonths]) => ({ ...personRow(organisation.id, { id: crypto.randomUUID(), name: personName(random, "female"), category: "TEACHER", birthDate: null, className: null, phone: null }), position, experienceMonths }));
  const employer = organisation.locality.startsWith("г.") ? "ООО «Берёзовский машиностроительный завод»" : "СПК «Степной»";
  const [company] = await tx.partner.createManyAndReturn({
    data: [
      { organisationId: organisation.id, name: employer, kind: "EMPLOYER", contactName: "Отдел кадров", phone: "+78463312040", note: "Наставники из числа специалистов, экскурсии на производство" },
      { organisationId: organisation.id, name: "ГБПОУ «Берёзовский политехнический колледж»", kind: "EDUCATION", contactName: "Заместитель директора по УВР", note: "Студенты-наставники, профессиональные пробы" },
    ],
    select: { id: true },
  });
  const partnerIds = await tx.partner.findMany({ where: { organisationId: organisation.id }, select: { id: true }, orderBy: { name: "asc" } });
  await tx.partnerAgreement.createMany({
    data: partnerIds.map((partner, index) => ({
      organisationId: organisation.id,
      partnerId: partner.id,
      number: `${index + 1}/${year}`,
      signedOn: calendarDate(`${year}-08-${20 + index}`),
      validFrom: calendarDate(`${year}-09-01`),
      validUntil: index === 0 ? calendarDate(`${year + 2}-08-31`) : null,
      subject: "О сотрудничестве в реализации программы наставничества",
    })),
  });
  const partners = [0, 1].map(() => ({
    ...personRow(organisation.id, { id: crypto.randomUUID(), name: personName(random), category: "EMPLOYER_REPRESENTATIVE", birthDate: null, className: null, phone: `+79${String(random.int(0, 999_999_999)).padStart(9, "0")}` }),
    position: random.pick(["Инженер-технолог", "Главный агроном", "Мастер участка", "Программист"]),
    workplace: employer,
    partnerId: company?.id ?? null,
  }));
  // The demo's own mentee accounts are pupils of their class with a date of birth, like the rest of it.
  const accounts = await tx.person.findMany({ where: { organisationId: organisation.id, category: "PUPIL", birthDate: null, className: { not: null } }, select: { id: true, className: true } });
  for (const account of accounts) {
    await tx.person.update({ where: { id: account.id }, data: { birthDate: calendarDate(birthDateOf(random, account.className ?? "", organisation.kind, year)) } });
  }
  await tx.person.createMany({ data: [...lists.pupils, ...lists.parents].map((plan) => personRow(organisation.id, plan)) });
  await tx.person.createMany({ data: [...staff, ...partners] });
  await tx.personGuardian.createMany({ data: lists.guardians.map((link) => ({ organisationId: organisation.id, ...link })) });
  await tx.personSupport.createMany({ data: lists.support.map((row) => ({ organisationId: organisation.id, ...row })) });
  return true;
}
