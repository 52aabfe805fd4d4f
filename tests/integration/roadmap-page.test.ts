import { beforeAll, describe, expect, it } from "vitest";
import { inScope } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { getRoadmap, oneStageAtATime } from "@/lib/roadmap/queries";
import { periodForYear } from "@/lib/roadmap/materialise";
import { insertStages } from "@/lib/roadmap/insert";
import { STAGE_PAGE_SIZE } from "@/lib/roadmap/views";
import { ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";
import { seedDemo, userByEmail } from "./support/demo";

let curator: TenantContext;

beforeAll(async () => {
  await seedDemo();
  const ctx = await resolveTenant(await userByEmail("lyceum.curator@tandem.demo"), "lyceum-17", null);
  if (!ctx) throw new Error("no curator context");
  curator = ctx;
});

/** A programme of a short stage and one of `meetings` monthly activities, the first `done` of them done. */
async function longProgramme(meetings: number, done: number): Promise<string> {
  const organisationId = curator.organisation.id;
  const programmeId = await inScope({ organisationId }, async (tx) => {
    const programme = await tx.programme.create({
      data: { organisationId, title: "Длинная программа", academicYear: 2025, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-08-31") },
      select: { id: true },
    });
    const activity = (title: string) => ({ title, period: periodForYear("до 20.09.2025", 2025, 2025), responsibleText: "Куратор", responsibleRoles: ["CURATOR" as const] });
    await insertStages(tx, organisationId, programme.id, [
      { title: "Подготовка", activities: [activity("Приказ о внедрении")] },
      { title: "Работа пар", activities: Array.from({ length: meetings }, (_, index) => activity(`Встреча № ${index + 1}`)) },
    ]);
    return programme.id;
  });
  await ownerQuery("update roadmap_activities set status = 'DONE' where programme_id = $1 and (title = 'Приказ о внедрении' or position < $2)", [programmeId, done]);
  return programmeId;
}

const onePage = oneStageAtATime({});

describe("a long roadmap's page", () => {
  it("reads in full only the page of the stage it shows, with every activity in the outline", async () => {
    const programmeId = await longProgramme(266, 120);
    const { result: roadmap, sent } = await sentStatements(() => getRoadmap(curator, programmeId, onePage));
    if (!roadmap) throw new Error("no roadmap");
    const [preparation, meetings] = roadmap.stages;
    expect(roadmap.opening).toEqual({ all: false, open: meetings?.id, page: 3, pages: 6 });
    expect(meetings?.outline).toHaveLength(266);
    expect(meetings?.activities.map((activity) => activity.title)).toEqual(Array.from({ length: STAGE_PAGE_SIZE }, (_, index) => `Встреча № ${101 + index}`));
    expect(preparation?.outline).toHaveLength(1);
    expect(preparation?.activities).toEqual([]);

    const small = await longProgramme(10, 0);
    const { sent: fewer } = await sentStatements(() => getRoadmap(curator, small, onePage));
    expect(sent).toHaveLength(fewer.length);
  });

  it("reads every activity in full when no opening is asked for (exports, the timeline, editing)", async () => {
    const programmeId = await longProgramme(70, 0);
    const roadmap = await getRoadmap(curator, programmeId);
    expect(roadmap?.opening).toEqual({ all: true });
    expect(roadmap?.stages.map((stage) => [stage.activities.length, stage.outline.length])).toEqual([
      [1, 1],
      [70, 70],
    ]);
  });
});
