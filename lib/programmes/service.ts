import type { MeetingFrequency, OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { recordTenantAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import { academicYearBounds, academicYearLabel } from "@/lib/programmes/academic-year";
import { parseFormChoices } from "@/lib/programmes/schemas";
import { roadmapTemplate } from "@/lib/roadmap/templates";
import { periodForYear } from "@/lib/roadmap/materialise";
import { insertStages, type StageSeed } from "@/lib/roadmap/insert";
import { calendarDate } from "@/lib/dates/calendar-date";
import { PROGRAMME_REFUSALS, mayChangeParameters } from "@/lib/programmes/policy";

type ProgrammeParameters = {
  title: string;
  curatorMembershipId?: string;
  menteesPerMentor: number;
  maxPairMonths: number;
  meetingFrequency: MeetingFrequency;
  forms: string[];
};

async function assertCurator(tx: Tx, ctx: TenantContext, membershipId: string | undefined): Promise<void> {
  if (!membershipId) return;
  orNotFound(await tx.membership.findFirst({ where: { id: membershipId, organisationId: ctx.organisation.id, disabledAt: null }, select: { id: true } }));
}

type SourceActivity = {
  title: string;
  description?: string | null;
  expectedResult?: string | null;
  periodText: string;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  responsibleMembershipIds?: string[];
};

/** Stages of a template or of last year's programme, with every period moved into the new academic year. */
function movedStages(stages: { title: string; activities: SourceActivity[] }[], fromYear: number, toYear: number): StageSeed[] {
  return stages.map((stage) => ({
    title: stage.title,
    activities: stage.activities.map((activity) => ({
      title: activity.title,
      description: activity.description,
      expectedResult: activity.expectedResult,
      period: periodForYear(activity.periodText, fromYear, toYear),
      responsibleText: activity.responsibleText,
      responsibleRoles: activity.responsibleRoles,
      responsibleMembershipIds: activity.responsibleMembershipIds,
    })),
  }));
}

async function insertForms(tx: Tx, ctx: TenantContext, programmeId: string, forms: { title: string; roleModels: string[] }[]): Promise<void> {
  await tx.programmeForm.createMany({
    data: forms.map((form) => ({ organisationId: ctx.organisation.id, programmeId, title: form.title, roleModels: form.roleModels })),
  });
}

export async function createProgramme(
  tx: Tx,
  ctx: TenantContext,
  input: ProgrammeParameters & { academicYear: number; templateId: string },
): Promise<{ programmeId: string }> {
  const template = roadmapTemplate(input.templateId);
  if (!template) throw new UserFacingError("Такого шаблона дорожной карты нет.", { templateId: "Выберите шаблон" });
  await assertCurator(tx, ctx, input.curatorMembershipId);
  const bounds = academicYearBounds(input.academicYear);
  const programme = await tx.programme.create({
    data: {
      organisationId: ctx.organisation.id,
      title: input.title,
      academicYear: input.academicYear,
      startsOn: calendarDate(bounds.startsOn),
      endsOn: calendarDate(bounds.endsOn),
      curatorMembershipId: input.curatorMembershipId ?? null,
      menteesPerMentor: input.menteesPerMentor,
      maxPairMonths: input.maxPairMonths,
      meetingFrequency: input.meetingFrequency,
      templateId: template.id,
    },
    select: { id: true },
  });
  await insertForms(tx, ctx, programme.id, parseFormChoices(input.forms));
  await insertStages(
    tx,
    ctx.organisation.id,
    programme.id,
    movedStages(
      template.stages.map((stage) => ({
        title: stage.title,
        activities: stage.activities.map((a) => ({ ...a, expectedResult: a.result, periodText: a.period, responsibleText: a.responsible })),
      })),
      template.sourceAcademicYear,
      input.academicYear,
    ),
  );
  await recordTenantAudit(tx, ctx, "programme.created", { type: "programme", id: programme.id }, { title: input.title, year: academicYearLabel(input.academicYear), template: template.id });
  return { programmeId: programme.id };
}

/** Last year's programme as a new draft: same forms and parameters, the roadmap's dates a year later, nothing done yet. */
export async function copyProgramme(tx: Tx, ctx: TenantContext, sourceId: string): Promise<{ programmeId: string }> {
  const source = orNotFound(
    await tx.programme.findFirst({
      where: { id: sourceId, organisationId: ctx.organisation.id },
      include: {
        forms: true,
        stages: { orderBy: { position: "asc" }, include: { activities: { orderBy: { position: "asc" } } } },
      },
    }),
  );
  const academicYear = source.academicYear + 1;
  const bounds = academicYearBounds(academicYear);
  const programme = await tx.programme.create({
    data: {
      organisationId: ctx.organisation.id,
      title: source.title.replace(academicYearLabel(source.academicYear), academicYearLabel(academicYear)),
      academicYear,
      startsOn: calendarDate(bounds.startsOn),
      endsOn: calendarDate(bounds.endsOn),
      curatorMembershipId: source.curatorMembershipId,
      menteesPerMentor: source.menteesPerMentor,
      maxPairMonths: source.maxPairMonths,
      meetingFrequency: source.meetingFrequency,
      templateId: source.templateId,
    },
    select: { id: true },
  });
  await insertForms(tx, ctx, programme.id, source.forms);
  await insertStages(
    tx,
    ctx.organisation.id,
    programme.id,
    movedStages(source.stages, source.academicYear, academicYear),
  );
  await recordTenantAudit(tx, ctx, "programme.created", { type: "programme", id: programme.id }, { copiedFrom: source.id, year: academicYearLabel(academicYear) });
  return { programmeId: programme.id };
}

export async function updateProgramme(tx: Tx, ctx: TenantContext, input: ProgrammeParameters & { programmeId: string }): Promise<void> {
  const programme = orNotFound(
    await tx.programme.findFirst({ where: { id: input.programmeId, organisationId: ctx.organisation.id }, select: { id: true, status: true } }),
  );
  if (!mayChangeParameters(programme)) throw new UserFacingError(PROGRAMME_REFUSALS.parameters);
  await assertCurator(tx, ctx, input.curatorMembershipId);
  await tx.programmeForm.deleteMany({ where: { programmeId: programme.id } });
  await tx.programme.update({
    where: { id: programme.id },
    data: {
      title: input.title,
      curatorMembershipId: input.curatorMembershipId ?? null,
      menteesPerMentor: input.menteesPerMentor,
      maxPairMonths: input.maxPairMonths,
      meetingFrequency: input.meetingFrequency,
    },
  });
  await insertForms(tx, ctx, programme.id, parseFormChoices(input.forms));
  await recordTenantAudit(tx, ctx, "programme.updated", { type: "programme", id: programme.id }, { title: input.title });
}

/** An organisation extends the catalogue with its own form, or adds role models to a standard one. */
export async function addCustomForm(tx: Tx, ctx: TenantContext, input: { title: string; roleModels: string[] }): Promise<void> {
  const existing = await tx.customMentoringForm.findFirst({ where: { organisationId: ctx.organisation.id, title: input.title }, select: { id: true, roleModels: true } });
  const form = existing
    ? await tx.customMentoringForm.update({ where: { id: existing.id }, data: { roleModels: [...new Set([...existing.roleModels, ...input.roleModels])] }, select: { id: true } })
    : await tx.customMentoringForm.create({ data: { organisationId: ctx.organisation.id, ...input }, select: { id: true } });
  await recordTenantAudit(tx, ctx, "programme.updated", { type: "mentoring_form", id: form.id }, { form: input.title, roleModels: input.roleModels });
}

/** Завершение: an approved programme is closed; its roadmap is kept as it was. */
export async function completeProgramme(tx: Tx, ctx: TenantContext, programmeId: string): Promise<void> {
  // The guarded `where` is the policy's rule (mayComplete), held under concurrency.
  const updated = await tx.programme.updateMany({
    where: { id: programmeId, organisationId: ctx.organisation.id, status: "APPROVED" },
    data: { status: "COMPLETED" },
  });
  if (updated.count !== 1) {
    orNotFound(await tx.programme.findFirst({ where: { id: programmeId, organisationId: ctx.organisation.id }, select: { id: true } }));
    throw new UserFacingError(PROGRAMME_REFUSALS.complete);
  }
  await recordTenantAudit(tx, ctx, "programme.completed", { type: "programme", id: programmeId });
}
