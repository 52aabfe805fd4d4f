import type { ActivityStatus, OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { ConflictError, ForbiddenError, NotFoundError, UserFacingError, orNotFound } from "@/lib/actions/errors";
import { nothingChanged, recordTenantAudit as audit } from "@/lib/audit/record";
import { todayIn } from "@/lib/i18n/format";
import { parsePeriod } from "@/lib/roadmap/period";
import { storedPeriod } from "@/lib/roadmap/materialise";
import { ACTIVITY_REFUSALS, mayAddEvidence, mayChangeStatus, mayComment } from "@/lib/roadmap/policy";
import { PROGRAMME_REFUSALS, mayChangeRoadmap } from "@/lib/programmes/policy";
import { calendarDate } from "@/lib/dates/calendar-date";

type ActivityFields = {
  title: string;
  description?: string;
  expectedResult?: string;
  periodText: string;
  responsibleText: string;
  responsibleRoles: OrganisationRole[];
  responsibleMembershipIds: string[];
};

const tenantOf = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id });

async function editableProgramme(tx: Tx, ctx: TenantContext, programmeId: string) {
  const programme = orNotFound(
    await tx.programme.findFirst({ where: { id: programmeId, ...tenantOf(ctx) }, select: { id: true, academicYear: true, status: true } }),
  );
  if (!mayChangeRoadmap(programme)) throw new UserFacingError(PROGRAMME_REFUSALS.roadmap);
  return programme;
}

async function loadStage(tx: Tx, ctx: TenantContext, stageId: string) {
  const stage = orNotFound(await tx.roadmapStage.findFirst({ where: { id: stageId, ...tenantOf(ctx) }, select: { id: true, programmeId: true, position: true, title: true } }));
  return { ...stage, programme: await editableProgramme(tx, ctx, stage.programmeId) };
}

async function loadActivity(tx: Tx, ctx: TenantContext, activityId: string) {
  return orNotFound(
    await tx.roadmapActivity.findFirst({
      where: { id: activityId, ...tenantOf(ctx) },
      select: { id: true, programmeId: true, stageId: true, position: true, title: true, version: true, status: true, responsibleRoles: true, responsibleMembershipIds: true },
    }),
  );
}

/** An activity a member works on (status, evidence, comment): refused unless the roadmap's policy allows it. */
async function activityToWorkOn(
  tx: Tx,
  ctx: TenantContext,
  activityId: string,
  allowed: typeof mayChangeStatus,
  refusal: string,
) {
  const activity = await loadActivity(tx, ctx, activityId);
  const programme = await editableProgramme(tx, ctx, activity.programmeId);
  if (!allowed(ctx.membership, activity, programme)) throw new ForbiddenError(refusal);
  return activity;
}

/** The period as written, understood in the programme's academic year; unreadable text is refused with the parser's message. */
function periodFields(text: string, academicYear: number) {
  const parsed = parsePeriod(text, { startYear: academicYear });
  if (!parsed.ok) throw new UserFacingError(parsed.error, { periodText: parsed.error });
  return storedPeriod(parsed);
}

async function validMembers(tx: Tx, ctx: TenantContext, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await tx.membership.findMany({ where: { id: { in: ids }, ...tenantOf(ctx) }, select: { id: true } });
  if (found.length !== new Set(ids).size) throw new NotFoundError();
  return found.map((member) => member.id);
}

/** The stored fields of an activity as the form gives them, checked against this organisation. */
async function activityData(tx: Tx, ctx: TenantContext, input: ActivityFields, academicYear: number) {
  return {
    title: input.title,
    description: input.description ?? null,
    expectedResult: input.expectedResult ?? null,
    ...periodFields(input.periodText, academicYear),
    responsibleText: input.responsibleText,
    responsibleRoles: input.responsibleRoles,
    responsibleMembershipIds: await validMembers(tx, ctx, input.responsibleMembershipIds),
  };
}

export async function addStage(tx: Tx, ctx: TenantContext, input: { programmeId: string; title: string }): Promise<void> {
  const programme = await editableProgramme(tx, ctx, input.programmeId);
  const last = await tx.roadmapStage.aggregate({ where: { programmeId: programme.id }, _max: { position: true } });
  const stage = await tx.roadmapStage.create({
    data: { ...tenantOf(ctx), programmeId: programme.id, title: input.title, position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
  await audit(tx, ctx, "roadmap.stage_added", { type: "roadmap_stage", id: stage.id }, { title: input.title });
}

export async function renameStage(tx: Tx, ctx: TenantContext, input: { stageId: string; title: string }): Promise<void> {
  const stage = await loadStage(tx, ctx, input.stageId);
  await tx.roadmapStage.update({ where: { id: stage.id }, data: { title: input.title } });
  await audit(tx, ctx, "roadmap.stage_changed", { type: "roadmap_stage", id: stage.id }, { before: stage.title, after: input.title });
}

export async function removeStage(tx: Tx, ctx: TenantContext, stageId: string): Promise<void> {
  const stage = await loadStage(tx, ctx, stageId);
  const evidenced = await tx.activityEvidence.count({ where: { activity: { stageId: stage.id } } });
  if (evidenced > 0) throw new UserFacingError("В этапе есть мероприятия с подтверждениями: сначала перенесите или удалите их.");
  await tx.roadmapStage.delete({ where: { id: stage.id } });
  await audit(tx, ctx, "roadmap.stage_removed", { type: "roadmap_stage", id: stage.id }, { title: stage.title });
}

export async function moveStage(tx: Tx, ctx: TenantContext, input: { stageId: string; direction: "up" | "down" }): Promise<void> {
  const stage = await loadStage(tx, ctx, input.stageId);
  const neighbour = await tx.roadmapStage.findFirst({
    where: { programmeId: stage.programmeId, position: input.direction === "up" ? { lt: stage.position } : { gt: stage.position } },
    orderBy: { position: input.direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return nothingChanged(tx);
  await tx.roadmapStage.update({ where: { id: stage.id }, data: { position: neighbour.position } });
  await tx.roadmapStage.update({ where: { id: neighbour.id }, data: { position: stage.position } });
  await audit(tx, ctx, "roadmap.stage_changed", { type: "roadmap_stage", id: stage.id }, { title: stage.title, moved: input.direction });
}

export async function addActivity(tx: Tx, ctx: TenantContext, input: ActivityFields & { stageId: string }): Promise<void> {
  const stage = await loadStage(tx, ctx, input.stageId);
  const last = await tx.roadmapActivity.aggregate({ where: { stageId: stage.id }, _max: { position: true } });
  const activity = await tx.roadmapActivity.create({
    data: {
      ...tenantOf(ctx),
      programmeId: stage.programmeId,
      stageId: stage.id,
      position: (last._max.position ?? -1) + 1,
      ...(await activityData(tx, ctx, input, stage.programme.academicYear)),
    },
    select: { id: true },
  });
  await audit(tx, ctx, "roadmap.activity_added", { type: "roadmap_activity", id: activity.id }, { title: input.title });
}

/** Optimistic: two people editing the same activity cannot silently overwrite each other. */
export async function updateActivity(tx: Tx, ctx: TenantContext, input: ActivityFields & { activityId: string; version: number; stageId: string }): Promise<void> {
  const activity = await loadActivity(tx, ctx, input.activityId);
  const stage = await loadStage(tx, ctx, input.stageId);
  if (stage.programmeId !== activity.programmeId) throw new NotFoundError();
  const moved = stage.id !== activity.stageId;
  const position = moved
    ? ((await tx.roadmapActivity.aggregate({ where: { stageId: stage.id }, _max: { position: true } }))._max.position ?? -1) + 1
    : activity.position;
  const updated = await tx.roadmapActivity.updateMany({
    where: { id: activity.id, version: input.version },
    data: {
      stageId: stage.id,
      position,
      ...(await activityData(tx, ctx, input, stage.programme.academicYear)),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new ConflictError("Мероприятие уже изменил кто-то другой: обновите страницу и внесите правки ещё раз.");
  await audit(tx, ctx, "roadmap.activity_changed", { type: "roadmap_activity", id: activity.id }, { title: input.title });
}

export async function moveActivity(tx: Tx, ctx: TenantContext, input: { activityId: string; direction: "up" | "down" }): Promise<void> {
  const activity = await loadActivity(tx, ctx, input.activityId);
  await editableProgramme(tx, ctx, activity.programmeId);
  const neighbour = await tx.roadmapActivity.findFirst({
    where: { stageId: activity.stageId, position: input.direction === "up" ? { lt: activity.position } : { gt: activity.position } },
    orderBy: { position: input.direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return nothingChanged(tx);
  await tx.roadmapActivity.update({ where: { id: activity.id }, data: { position: neighbour.position } });
  await tx.roadmapActivity.update({ where: { id: neighbour.id }, data: { position: activity.position } });
  await audit(tx, ctx, "roadmap.activity_changed", { type: "roadmap_activity", id: activity.id }, { title: activity.title, moved: input.direction });
}

export async function removeActivity(tx: Tx, ctx: TenantContext, activityId: string): Promise<void> {
  const activity = await loadActivity(tx, ctx, activityId);
  await editableProgramme(tx, ctx, activity.programmeId);
  await tx.roadmapActivity.delete({ where: { id: activity.id } });
  await audit(tx, ctx, "roadmap.activity_removed", { type: "roadmap_activity", id: activity.id }, { title: activity.title });
}

/** The curator and director set any status; a responsible person, that of their own activities. */
export async function setActivityStatus(
  tx: Tx,
  ctx: TenantContext,
  input: { activityId: string; status: ActivityStatus; completedOn?: string },
): Promise<void> {
  const activity = await activityToWorkOn(tx, ctx, input.activityId, mayChangeStatus, ACTIVITY_REFUSALS.status);
  const completedOn = input.status === "DONE" ? (input.completedOn ?? todayIn(ctx.organisation.timeZone)) : null;
  await tx.roadmapActivity.update({
    where: { id: activity.id },
    data: { status: input.status, completedOn: completedOn ? calendarDate(completedOn) : null, version: { increment: 1 } },
  });
  await audit(tx, ctx, "roadmap.activity_status", { type: "roadmap_activity", id: activity.id }, {
    title: activity.title,
    before: activity.status,
    after: input.status,
  });
}

export async function addEvidence(tx: Tx, ctx: TenantContext, input: { activityId: string; orderId?: string; url?: string; title?: string }): Promise<void> {
  const activity = await activityToWorkOn(tx, ctx, input.activityId, mayAddEvidence, ACTIVITY_REFUSALS.evidence);
  const order = input.orderId
    ? orNotFound(await tx.order.findFirst({ where: { id: input.orderId, status: "SIGNED", ...tenantOf(ctx) }, select: { id: true, title: true, number: true } }))
    : null;
  const title = input.title ?? (order ? `Приказ${order.number ? ` № ${order.number}` : ""} «${order.title}»` : (input.url ?? ""));
  const evidence = await tx.activityEvidence.create({
    data: { ...tenantOf(ctx), activityId: activity.id, orderId: order?.id ?? null, url: input.url ?? null, title, addedById: ctx.user.id },
    select: { id: true },
  });
  await audit(tx, ctx, "roadmap.evidence_added", { type: "activity_evidence", id: evidence.id }, { activity: activity.title, title });
}

/** A stored document attached as evidence (the upload route judged and stored the file). */
export async function attachEvidenceFile(
  tx: Tx,
  ctx: TenantContext,
  activity: { id: string; title: string },
  file: { id: string; name: string },
  title?: string,
): Promise<void> {
  const evidence = await tx.activityEvidence.create({
    data: { ...tenantOf(ctx), activityId: activity.id, fileId: file.id, title: title || file.name, addedById: ctx.user.id },
    select: { id: true },
  });
  await audit(tx, ctx, "roadmap.evidence_added", { type: "activity_evidence", id: evidence.id }, { activity: activity.title, file: file.name });
}

export async function removeEvidence(tx: Tx, ctx: TenantContext, evidenceId: string): Promise<void> {
  const evidence = orNotFound(
    await tx.activityEvidence.findFirst({ where: { id: evidenceId, ...tenantOf(ctx) }, select: { id: true, title: true, activityId: true, activity: { select: { programmeId: true } } } }),
  );
  await editableProgramme(tx, ctx, evidence.activity.programmeId);
  await tx.activityEvidence.delete({ where: { id: evidence.id } });
  await audit(tx, ctx, "roadmap.evidence_removed", { type: "roadmap_activity", id: evidence.activityId }, { title: evidence.title });
}

export async function addComment(tx: Tx, ctx: TenantContext, input: { activityId: string; text: string }): Promise<void> {
  const activity = await activityToWorkOn(tx, ctx, input.activityId, mayComment, ACTIVITY_REFUSALS.comment);
  const comment = await tx.activityComment.create({ data: { ...tenantOf(ctx), activityId: activity.id, authorUserId: ctx.user.id, text: input.text }, select: { id: true } });
  await audit(tx, ctx, "roadmap.comment_added", { type: "activity_comment", id: comment.id }, { activity: activity.title });
}
