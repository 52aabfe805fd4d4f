import type { Tx } from "@/lib/db/scope";
import type { ActivitySeed } from "@/lib/roadmap/materialise";

export type StageSeed = { title: string; activities: ActivitySeed[] };

/**
 * Stages with their activities in two statements, whatever the roadmap's size: the stages get
 * positions from `startPosition` on (after the existing ones when appending), activities from 0
 * within their stage.
 */
export async function insertStages(tx: Tx, organisationId: string, programmeId: string, stages: StageSeed[], startPosition = 0): Promise<void> {
  if (stages.length === 0) return;
  const created = await tx.roadmapStage.createManyAndReturn({
    data: stages.map((stage, index) => ({ organisationId, programmeId, position: startPosition + index, title: stage.title })),
    select: { id: true, position: true },
  });
  const stageIdAt = new Map(created.map((stage) => [stage.position, stage.id]));
  await tx.roadmapActivity.createMany({
    data: stages.flatMap((stage, index) =>
      stage.activities.map((activity, position) => ({
        organisationId,
        programmeId,
        stageId: stageIdAt.get(startPosition + index) ?? "",
        position,
        title: activity.title,
        description: activity.description ?? null,
        expectedResult: activity.expectedResult ?? null,
        ...activity.period,
        responsibleText: activity.responsibleText,
        responsibleRoles: activity.responsibleRoles,
        responsibleMembershipIds: activity.responsibleMembershipIds ?? [],
      })),
    ),
  });
}
