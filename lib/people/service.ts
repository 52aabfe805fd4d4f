import type { SupportNeed } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { calendarDate } from "@/lib/dates/calendar-date";
import { initials } from "@/lib/i18n/format";
import { nothingChanged, recordTenantAudit } from "@/lib/audit/record";
import { ForbiddenError, UserFacingError, orNotFound } from "@/lib/actions/errors";
import { canViewPerson, maySeeSupport } from "@/lib/people/policy";
import { nameKeyOf } from "@/lib/people/names";
import { identityOfColumns, identityOfRow, identitySelect, isSamePerson, lockPeopleOf } from "@/lib/people/duplicates";
import type { PersonFields } from "@/lib/people/schemas";

const STUDYING = new Set(["PUPIL", "STUDENT"]);

/** A person's fields as the people table stores them: a class only for pupils, a position only for staff. */
export function columnsOf(fields: PersonFields) {
  const studies = STUDYING.has(fields.category);
  return {
    lastName: fields.lastName,
    firstName: fields.firstName,
    middleName: fields.middleName ?? null,
    birthDate: fields.birthDate ? calendarDate(fields.birthDate) : null,
    category: fields.category,
    className: studies ? (fields.className ?? null) : null,
    position: studies ? null : (fields.position ?? null),
    workplace: studies ? null : (fields.workplace ?? null),
    partnerId: fields.category === "EMPLOYER_REPRESENTATIVE" ? (fields.partnerId ?? null) : null,
    experienceMonths: fields.category === "TEACHER" ? (fields.experience ?? null) : null,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
  };
}

/** The person already recorded as this one (lib/people/duplicates.ts says what «the same» is). */
async function findSame(tx: Tx, ctx: TenantContext, fields: PersonFields, except?: string) {
  const identity = identityOfColumns(columnsOf(fields));
  const namesakes = await tx.person.findMany({
    where: { organisationId: ctx.organisation.id, nameKey: identity.nameKey, ...(except ? { id: { not: except } } : {}) },
    select: identitySelect,
  });
  return namesakes.find((namesake) => isSamePerson(identity, identityOfRow(namesake))) ?? null;
}

function duplicateError(fields: PersonFields): UserFacingError {
  return new UserFacingError(`${initials(fields)} уже есть в списке людей организации: откройте его карточку вместо новой записи.`);
}

/** Loads a person the viewer may see, or answers "not found" (as for another school's person). */
async function loadVisible(tx: Tx, ctx: TenantContext, personId: string) {
  const person = orNotFound(
    await tx.person.findFirst({
      where: { id: personId, organisationId: ctx.organisation.id },
      select: {
        id: true, lastName: true, firstName: true, middleName: true, className: true, leftOn: true,
        children: { select: { child: { select: { className: true } } } },
      },
    }),
  );
  const childrenClasses = person.children.flatMap(({ child }) => (child.className ? [child.className] : []));
  if (!canViewPerson(ctx, { className: person.className, childrenClasses })) orNotFound(null);
  return person;
}

/** A partner named by a form must be the organisation's own. */
async function assertPartner(tx: Tx, ctx: TenantContext, fields: PersonFields): Promise<void> {
  if (fields.partnerId) orNotFound(await tx.partner.findFirst({ where: { id: fields.partnerId, organisationId: ctx.organisation.id }, select: { id: true } }));
}

export async function createPerson(tx: Tx, ctx: TenantContext, fields: PersonFields): Promise<{ personId: string }> {
  await assertPartner(tx, ctx, fields);
  await lockPeopleOf(tx, ctx.organisation.id);
  if (await findSame(tx, ctx, fields)) throw duplicateError(fields);
  const person = await tx.person.create({ data: { organisationId: ctx.organisation.id, ...columnsOf(fields) }, select: { id: true } });
  await recordTenantAudit(tx, ctx, "person.created", { type: "person", id: person.id }, { person: initials(fields) });
  return { personId: person.id };
}

export async function updatePerson(tx: Tx, ctx: TenantContext, input: PersonFields & { personId: string }): Promise<void> {
  const person = await loadVisible(tx, ctx, input.personId);
  await assertPartner(tx, ctx, input);
  await lockPeopleOf(tx, ctx.organisation.id);
  if (await findSame(tx, ctx, input, person.id)) throw duplicateError(input);
  await tx.person.update({ where: { id: person.id }, data: columnsOf(input) });
  await recordTenantAudit(tx, ctx, "person.updated", { type: "person", id: person.id }, { person: initials(input) });
}

/** Выбыл: the person leaves the lists but keeps their records (pairs, consents, history). */
export async function setPersonLeft(tx: Tx, ctx: TenantContext, personId: string, leftOn: string | null): Promise<void> {
  const person = await loadVisible(tx, ctx, personId);
  if ((person.leftOn !== null) === (leftOn !== null)) return nothingChanged(tx);
  await tx.person.update({ where: { id: person.id }, data: { leftOn: leftOn ? calendarDate(leftOn) : null } });
  await recordTenantAudit(tx, ctx, leftOn ? "person.left" : "person.returned", { type: "person", id: person.id }, {
    person: initials(person),
    ...(leftOn ? { leftOn } : {}),
  });
}

/**
 * A parent (legal representative) of a pupil: the parent already in the organisation's lists
 * under that ФИО (one person for all their children), or a new one.
 */
export async function addGuardian(
  tx: Tx,
  ctx: TenantContext,
  input: { childId: string; lastName: string; firstName: string; middleName?: string; phone?: string; relation?: string },
): Promise<void> {
  const child = await loadVisible(tx, ctx, input.childId);
  const key = nameKeyOf(input.lastName, input.firstName, input.middleName);
  if (key === nameKeyOf(child.lastName, child.firstName, child.middleName)) throw new UserFacingError("Родитель не может совпадать с самим обучающимся.");
  await lockPeopleOf(tx, ctx.organisation.id);
  const existing = await tx.person.findFirst({
    where: { organisationId: ctx.organisation.id, nameKey: key, category: "PARENT" },
    select: { id: true, phone: true },
    orderBy: { createdAt: "asc" },
  });
  const guardian =
    existing ??
    (await tx.person.create({
      data: {
        organisationId: ctx.organisation.id,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName ?? null,
        category: "PARENT",
        phone: input.phone ?? null,
      },
      select: { id: true, phone: true },
    }));
  if (existing && input.phone && !existing.phone) await tx.person.update({ where: { id: existing.id }, data: { phone: input.phone } });
  const linked = await tx.personGuardian.createMany({
    data: [{ organisationId: ctx.organisation.id, guardianId: guardian.id, childId: child.id, relation: input.relation ?? null }],
    skipDuplicates: true,
  });
  if (linked.count === 0) throw new UserFacingError("Этот родитель уже указан у обучающегося.");
  await recordTenantAudit(tx, ctx, "person.guardian_linked", { type: "person", id: child.id }, {
    person: initials(child),
    guardian: initials(input),
  });
}

export async function removeGuardian(tx: Tx, ctx: TenantContext, input: { childId: string; guardianId: string }): Promise<void> {
  const child = await loadVisible(tx, ctx, input.childId);
  const removed = await tx.personGuardian.deleteMany({ where: { organisationId: ctx.organisation.id, childId: child.id, guardianId: input.guardianId } });
  if (removed.count === 0) return nothingChanged(tx);
  await recordTenantAudit(tx, ctx, "person.guardian_unlinked", { type: "person", id: child.id }, { person: initials(child) });
}

/**
 * Records a person's special needs. Only those who work with them may (the database refuses
 * everyone else too); the journal names the person, not the needs.
 */
export async function setSupport(tx: Tx, ctx: TenantContext, input: { personId: string; needs: SupportNeed[]; note?: string }): Promise<void> {
  const person = await loadVisible(tx, ctx, input.personId);
  if (!maySeeSupport(ctx, person)) throw new ForbiddenError("Особые образовательные потребности ведут руководитель, куратор, педагог-психолог и классный руководитель.");
  const needs = [...new Set(input.needs)];
  const where = { organisationId_personId: { organisationId: ctx.organisation.id, personId: person.id } };
  if (needs.length === 0 && !input.note) await tx.personSupport.deleteMany({ where: { organisationId: ctx.organisation.id, personId: person.id } });
  else await tx.personSupport.upsert({ where, create: { organisationId: ctx.organisation.id, personId: person.id, needs, note: input.note ?? null }, update: { needs, note: input.note ?? null } });
  await recordTenantAudit(tx, ctx, "person.support_changed", { type: "person", id: person.id }, { person: initials(person) });
}
