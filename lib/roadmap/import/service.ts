import type { Tx } from "@/lib/db/scope";
import { recordAudit } from "@/lib/audit/record";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import { storedPeriod } from "@/lib/roadmap/materialise";
import { insertStages, type StageSeed } from "@/lib/roadmap/insert";
import type { RoadmapWorkbook } from "@/lib/roadmap/import/read";
import { PROGRAMME_REFUSALS, mayChangeRoadmap } from "@/lib/programmes/policy";

export type ImportMode = "append" | "replace";

/**
 * Who imports, and where: a member's TenantContext fits; the operator CLI passes `user: null`
 * (there is no user behind it, and the audit record says so with a null actor).
 */
export type ImportActor = { organisation: { id: string }; user: { id: string } | null; ipAddress: string | null };

export type ImportTarget = {
  id: string;
  title: string;
  academicYear: number;
  existing: { stages: number; activities: number; evidenced: number };
};

export type ImportCounts = { stages: number; activities: number; removedStages: number; removedActivities: number };

/** The programme to import into, with what its roadmap holds now; a completed programme is refused. */
export async function importTarget(tx: Tx, ctx: ImportActor, programmeId: string): Promise<ImportTarget> {
  const organisationId = ctx.organisation.id;
  const programme = orNotFound(
    await tx.programme.findFirst({ where: { id: programmeId, organisationId }, select: { id: true, title: true, academicYear: true, status: true } }),
  );
  if (!mayChangeRoadmap(programme)) throw new UserFacingError(PROGRAMME_REFUSALS.roadmap);
  // One after another: a transaction holds a single connection.
  const stages = await tx.roadmapStage.count({ where: { organisationId, programmeId } });
  const activities = await tx.roadmapActivity.count({ where: { organisationId, programmeId } });
  const evidenced = await tx.activityEvidence.count({ where: { organisationId, activity: { programmeId } } });
  return { id: programme.id, title: programme.title, academicYear: programme.academicYear, existing: { stages, activities, evidenced } };
}

function seedsOf(plan: RoadmapWorkbook): StageSeed[] {
  return plan.stages.map((stage) => ({
    title: stage.title,
    activities: stage.activities.map((activity) => ({
      title: activity.title,
      description: activity.description ?? null,
      expectedResult: activity.expectedResult ?? null,
      // An unread period is kept as written, «срок не распознан», for the curator to fix.
      period: storedPeriod(activity.period),
      responsibleText: activity.responsibleText,
      responsibleRoles: activity.responsibleRoles,
    })),
  }));
}

/**
 * Writes a checked plan into the caller's transaction: appended after the existing stages, or
 * in place of them ("replace" deletes the roadmap first, and is refused once any activity has
 * evidence). A plan with any error is refused whole; warnings do not stop it.
 */
export async function importRoadmap(
  tx: Tx,
  ctx: ImportActor,
  input: { programmeId: string; plan: RoadmapWorkbook; mode: ImportMode; fileName?: string },
): Promise<ImportCounts> {
  const target = await importTarget(tx, ctx, input.programmeId);
  const { plan } = input;
  if (plan.errors.length > 0) {
    throw new UserFacingError(`В файле есть ошибки (${plan.errors.length}): ничего не загружено. Исправьте их и загрузите файл снова.`);
  }
  const stages = seedsOf(plan);
  const activities = stages.reduce((sum, stage) => sum + stage.activities.length, 0);
  if (activities === 0) throw new UserFacingError("В файле нет ни одного мероприятия: загружать нечего.");

  const organisationId = ctx.organisation.id;
  let startPosition = 0;
  if (input.mode === "replace") {
    if (target.existing.evidenced > 0) {
      throw new UserFacingError(
        "Заменить дорожную карту нельзя: у её мероприятий есть подтверждения. Загрузите файл в режиме «добавить к текущей» или сначала удалите подтверждения.",
      );
    }
    await tx.roadmapActivity.deleteMany({ where: { organisationId, programmeId: target.id } });
    await tx.roadmapStage.deleteMany({ where: { organisationId, programmeId: target.id } });
  } else {
    const last = await tx.roadmapStage.aggregate({ where: { organisationId, programmeId: target.id }, _max: { position: true } });
    startPosition = (last._max.position ?? -1) + 1;
  }
  await insertStages(tx, organisationId, target.id, stages, startPosition);

  const counts: ImportCounts = {
    stages: stages.length,
    activities,
    removedStages: input.mode === "replace" ? target.existing.stages : 0,
    removedActivities: input.mode === "replace" ? target.existing.activities : 0,
  };
  await recordAudit(tx, {
    action: "roadmap.imported",
    organisationId,
    actorUserId: ctx.user?.id ?? null,
    entityType: "programme",
    entityId: target.id,
    details: {
      mode: input.mode,
      ...counts,
      unrecognisedPeriods: plan.stages.reduce((sum, stage) => sum + stage.activities.filter((activity) => !activity.period.ok).length, 0),
      ...(plan.shiftedYears !== 0 ? { shiftedYears: plan.shiftedYears } : {}),
      ...(input.fileName ? { file: input.fileName } : {}),
    },
    ipAddress: ctx.ipAddress,
  });
  return counts;
}
