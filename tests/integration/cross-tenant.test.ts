import { beforeAll, describe, expect, it } from "vitest";
import {
  executeTenantAction,
  executeTenantRoute,
  executeUserAction,
  registeredActions,
  type AnyActionDefinition,
} from "@/lib/actions/define";
import { PERMISSIONS } from "@/lib/access/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createInvitation } from "@/lib/invitations/service";
import { inScope } from "@/lib/db/scope";
import { importModule, routeHandlerModules, serverActionModules } from "./support/action-modules";
import { ownerQuery } from "./support/db";
import { membershipIdOf, organisationIdOf, seedDemo, userByEmail } from "./support/demo";

/** Server actions that are public on purpose: the token they carry is their only credential. */
const PUBLIC_ACTIONS = new Set(["lib/invitations/accept-action.ts#acceptInvitationAction"]);

type Ids = {
  organisationId: string;
  memberId: string;
  invitationId: string;
  programmeId: string;
  orderId: string;
  stageId: string;
  activityId: string;
  evidenceId: string;
  personId: string;
  parentId: string;
  menteeId: string;
  requestId: string;
  partnerId: string;
  candidateId: string;
  mentorPersonId: string;
};

/**
 * A valid input for every tenant action, built from one organisation's ids. A new action
 * without an entry here fails the coverage test below, so nothing escapes these checks.
 */
const SAMPLE_INPUTS: Record<string, (ids: Ids) => Record<string, unknown>> = {
  "members.changeRoles": (ids) => ({ membershipId: ids.memberId, roles: ["MENTOR"], classesLed: "" }),
  "members.disable": (ids) => ({ membershipId: ids.memberId }),
  "members.enable": (ids) => ({ membershipId: ids.memberId }),
  "invitations.create": () => ({ email: "new.person@example.ru", lastName: "Новикова", firstName: "Вера", roles: ["MENTOR"] }),
  "invitations.revoke": (ids) => ({ invitationId: ids.invitationId }),
  "orders.draft": (ids) => ({ type: "APPROVE_PROGRAMME", programmeId: ids.programmeId }),
  "orders.update": (ids) => ({ orderId: ids.orderId, version: 0, title: "О проверке", preamble: "Текст", points: "1. Пункт" }),
  "orders.submit": (ids) => ({ orderId: ids.orderId, approverMembershipIds: [] }),
  "orders.agree": (ids) => ({ orderId: ids.orderId }),
  "orders.return": (ids) => ({ orderId: ids.orderId }),
  "orders.delete": (ids) => ({ orderId: ids.orderId }),
  "orders.sign": (ids) => ({ orderId: ids.orderId }),
  "orders.numbering": () => ({ pattern: "{n}/од" }),
  "programmes.create": () => ({
    title: "Программа наставничества",
    academicYear: 2026,
    templateId: "regulation",
    menteesPerMentor: 2,
    maxPairMonths: 12,
    meetingFrequency: "WEEKLY",
    forms: ["ученик – ученик::равный – равному"],
  }),
  "programmes.copy": (ids) => ({ programmeId: ids.programmeId }),
  "programmes.complete": (ids) => ({ programmeId: ids.programmeId }),
  "programmes.addForm": () => ({ title: "педагог – родитель", roleModels: "опытный – начинающий" }),
  "programmes.update": (ids) => ({
    programmeId: ids.programmeId,
    title: "Программа",
    menteesPerMentor: 2,
    maxPairMonths: 12,
    meetingFrequency: "WEEKLY",
    forms: ["учитель – учитель::"],
  }),
  "roadmap.addStage": (ids) => ({ programmeId: ids.programmeId, title: "Новый этап" }),
  "roadmap.renameStage": (ids) => ({ stageId: ids.stageId, title: "Переименованный этап" }),
  "roadmap.removeStage": (ids) => ({ stageId: ids.stageId }),
  "roadmap.moveStage": (ids) => ({ stageId: ids.stageId, direction: "up" }),
  "roadmap.addActivity": (ids) => ({ stageId: ids.stageId, title: "Педсовет", periodText: "сентябрь 2025", responsibleRoles: ["CURATOR"] }),
  "roadmap.updateActivity": (ids) => ({ activityId: ids.activityId, version: 0, stageId: ids.stageId, title: "Педсовет", periodText: "до 30.09.2025" }),
  "roadmap.moveActivity": (ids) => ({ activityId: ids.activityId, direction: "down" }),
  "roadmap.removeActivity": (ids) => ({ activityId: ids.activityId }),
  "roadmap.setStatus": (ids) => ({ activityId: ids.activityId, status: "DONE" }),
  "roadmap.addEvidence": (ids) => ({ activityId: ids.activityId, url: "https://example.ru/protocol.pdf", title: "Протокол" }),
  "roadmap.removeEvidence": (ids) => ({ evidenceId: ids.evidenceId }),
  "roadmap.addComment": (ids) => ({ activityId: ids.activityId, text: "Проверка" }),
  // Not a workbook: the file is read (and reported unreadable) only after the programme is found.
  "roadmap.import": (ids) => ({ programmeId: ids.programmeId, fileName: "roadmap.xlsx", file: "UEsDBBQAAAAIAA==", mode: "replace", confirm: "1" }),
  // Not a workbook: the file is only read (and reported unreadable) inside the member's own organisation.
  "people.import": () => ({ fileName: "список.xlsx", file: "UEsDBBQAAAAIAA==" }),
  "people.save": (ids) => ({ personId: ids.personId, lastName: "Подменов", firstName: "Пётр", category: "PUPIL", className: "7А" }),
  "people.markLeft": (ids) => ({ personId: ids.personId, leftOn: "2026-05-31" }),
  "people.return": (ids) => ({ personId: ids.personId }),
  "people.addGuardian": (ids) => ({ childId: ids.personId, lastName: "Подменова", firstName: "Анна" }),
  "people.removeGuardian": (ids) => ({ childId: ids.personId, guardianId: ids.parentId }),
  "people.setSupport": (ids) => ({ personId: ids.personId, needs: ["GIFTED"] }),
  "partners.save": (ids) => ({ partnerId: ids.partnerId, name: "Подменённый партнёр", kind: "OTHER" }),
  "partners.addAgreement": (ids) => ({ partnerId: ids.partnerId, number: "99", signedOn: "2026-09-01", validFrom: "2026-09-01" }),
  "mentors.add": (ids) => ({ programmeId: ids.programmeId, personId: ids.parentId }),
  "mentors.saveCriteria": (ids) => ({ candidateId: ids.candidateId, competencies: "математика" }),
  "mentors.addTraining": (ids) => ({ candidateId: ids.candidateId, course: "Школа наставников", hours: "72" }),
  "mentors.decide": (ids) => ({ candidateId: ids.candidateId, decision: "SELECTED", decidedOn: "2026-09-20" }),
  "mentors.addDocument": (ids) => ({ candidateId: ids.candidateId, personId: ids.mentorPersonId, kind: "MEDICAL", issuedOn: "2026-09-01" }),
  "mentees.add": (ids) => ({ programmeId: ids.programmeId, personId: ids.personId }),
  "mentees.addRequest": (ids) => ({ menteeId: ids.menteeId, topic: "ACADEMIC" }),
  "mentees.removeRequest": (ids) => ({ requestId: ids.requestId }),
  "mentees.saveIntake": (ids) => ({ menteeId: ids.menteeId, interests: "Шахматы" }),
  "mentees.setStatus": (ids) => ({ menteeId: ids.menteeId, status: "LEFT" }),
  "organisation.update": () => ({
    fullName: "Подменённое наименование",
    shortName: "Подмена",
    kind: "SCHOOL",
    region: "Регион",
    municipality: "Округ",
    locality: "с. Другое",
    address: "Адрес",
    directorName: "Иванов Иван Иванович",
    timeZone: "Europe/Moscow",
  }),
};

const A = "lyceum-17";
const B = "stepnovskaya-sosh";
let idsOfA: Ids;
let idsOfB: Ids;
let directorOfA: CurrentUser;
const definitions: AnyActionDefinition[] = [];
const exportedActions: string[] = [];

async function snapshotOf(slug: string): Promise<string> {
  const { rows } = await ownerQuery(
    `select (select json_agg(m order by m.id) from memberships m where m.organisation_id = o.id) as memberships,
            (select json_agg(i order by i.id) from invitations i where i.organisation_id = o.id) as invitations,
            (select json_agg(p order by p.id) from people p where p.organisation_id = o.id) as people,
            (select json_agg(g order by g.id) from person_guardians g where g.organisation_id = o.id) as guardians,
            (select json_agg(s order by s.person_id) from person_support s where s.organisation_id = o.id) as support,
            (select json_agg(m order by m.id) from mentees m where m.organisation_id = o.id) as mentees,
            (select json_agg(p order by p.id) from partners p where p.organisation_id = o.id) as partners,
            (select json_agg(c order by c.id) from mentor_candidates c where c.organisation_id = o.id) as mentors,
            (select json_agg(d order by d.id) from mentor_documents d where d.organisation_id = o.id) as documents,
            (select json_agg(a order by a.id) from partner_agreements a where a.organisation_id = o.id) as agreements,
            (select json_agg(r order by r.id) from mentee_requests r where r.organisation_id = o.id) as requests,
            row_to_json(o) as organisation
       from organisations o where o.slug = $1`,
    [slug],
  );
  return JSON.stringify(rows[0]);
}

async function idsOf(slug: string, memberEmail: string): Promise<Ids> {
  const organisationId = await organisationIdOf(slug);
  const { invitationId } = await inScope({ organisationId }, (tx) =>
    createInvitation(tx, {
      target: { organisationId, roles: ["MENTEE"] },
      email: `pending.${slug}@example.ru`,
      lastName: "Ожидающая",
      firstName: "Мария",
      invitedById: null,
    }),
  );
  return { organisationId, memberId: await membershipIdOf(memberEmail, slug), invitationId, ...(await freshRecords(organisationId)) };
}

/** A programme with a stage, an activity with evidence, and a draft order: each test that changes them gets new ones. */
async function freshRecords(organisationId: string) {
  return inScope({ organisationId }, async (tx) => {
    const programme = await tx.programme.create({
      data: { organisationId, title: "Программа", academicYear: 2025, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-08-31") },
      select: { id: true },
    });
    const stage = await tx.roadmapStage.create({ data: { organisationId, programmeId: programme.id, position: 0, title: "Этап" }, select: { id: true } });
    const activity = await tx.roadmapActivity.create({
      data: { organisationId, programmeId: programme.id, stageId: stage.id, position: 0, title: "Мероприятие", periodText: "сентябрь 2025", periodKind: "MONTH" },
      select: { id: true },
    });
    const evidence = await tx.activityEvidence.create({ data: { organisationId, activityId: activity.id, url: "https://example.ru/doc", title: "Документ" }, select: { id: true } });
    const order = await tx.order.create({
      data: { organisationId, type: "INTRODUCE_MODEL", title: "О внедрении", preamble: "Текст", points: ["Пункт"] },
      select: { id: true },
    });
    const person = await tx.person.create({ data: { organisationId, lastName: "Учеников", firstName: "Пётр", category: "PUPIL", className: "7А" }, select: { id: true } });
    const parent = await tx.person.create({ data: { organisationId, lastName: "Ученикова", firstName: "Анна", category: "PARENT" }, select: { id: true } });
    await tx.personGuardian.create({ data: { organisationId, guardianId: parent.id, childId: person.id } });
    const menteePerson = await tx.person.create({ data: { organisationId, lastName: "Наставляемов", firstName: "Олег", category: "TEACHER" }, select: { id: true } });
    const mentee = await tx.mentee.create({ data: { organisationId, programmeId: programme.id, personId: menteePerson.id }, select: { id: true } });
    const request = await tx.menteeRequest.create({ data: { organisationId, menteeId: mentee.id, topic: "PROFESSIONAL", source: "SELF" }, select: { id: true } });
    const partner = await tx.partner.create({ data: { organisationId, name: `Партнёр ${mentee.id}`, kind: "EMPLOYER" }, select: { id: true } });
    const candidate = await tx.mentorCandidate.create({ data: { organisationId, programmeId: programme.id, personId: menteePerson.id }, select: { id: true } });
    return {
      programmeId: programme.id, stageId: stage.id, activityId: activity.id, evidenceId: evidence.id, orderId: order.id,
      personId: person.id, parentId: parent.id, menteeId: mentee.id, requestId: request.id, partnerId: partner.id,
      candidateId: candidate.id, mentorPersonId: menteePerson.id,
    };
  });
}



beforeAll(async () => {
  await seedDemo();
  for (const file of await serverActionModules()) {
    const exports = await importModule(file);
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function" && !PUBLIC_ACTIONS.has(`${file}#${name}`)) exportedActions.push(`${file}#${name}`);
    }
  }
  for (const file of await routeHandlerModules()) await importModule(file);
  definitions.push(...registeredActions());
  idsOfA = await idsOf(A, "lyceum.mentor@tandem.demo");
  idsOfB = await idsOf(B, "stepnoe.mentor@tandem.demo");
  directorOfA = await userByEmail("lyceum.director@tandem.demo");
});

const tenantActions = () => definitions.filter((d) => d.kind === "tenant");
const routes = () => definitions.filter((d) => d.kind === "route");

describe("the action registry covers everything the client can call", () => {
  it("registers every exported server action (none bypasses the pipeline)", () => {
    const registeredCount = definitions.filter((d) => d.kind !== "route").length;
    expect(registeredCount).toBe(exportedActions.length);
  });

  it("has a sample input for every tenant action", () => {
    expect(tenantActions().map((d) => d.name).filter((name) => !SAMPLE_INPUTS[name])).toEqual([]);
  });

  it("knows every permission it asks for", () => {
    for (const definition of definitions) {
      if (definition.kind !== "user") expect(Object.keys(PERMISSIONS)).toContain(definition.permission);
    }
  });
});

describe("a member of organisation A gets 'not found' from organisation B", () => {
  it("for every tenant action addressed to B, with B's own ids", async () => {
    const before = await snapshotOf(B);
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      const input = SAMPLE_INPUTS[definition.name]?.(idsOfB);
      const result = await executeTenantAction(definition, directorOfA, B, input, "203.0.113.7");
      expect(result, definition.name).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await snapshotOf(B)).toBe(before);
  });

  it("for every tenant action in A's name that carries B's ids (forged ids in form data)", async () => {
    const before = await snapshotOf(B);
    let forged = 0;
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      const input = SAMPLE_INPUTS[definition.name]?.(idsOfB) ?? {};
      const carriesIdOfB = Object.values(input).some((value) => Object.values(idsOfB).includes(value as string));
      if (!carriesIdOfB) continue;
      const result = await executeTenantAction(definition, directorOfA, A, input, "203.0.113.7");
      expect(result, definition.name).toMatchObject({ ok: false, code: "not_found" });
      forged++;
    }
    expect(forged).toBeGreaterThanOrEqual(4);
    expect(await snapshotOf(B)).toBe(before);
  });

  it("refuses a client-sent organisation id smuggled into the input", async () => {
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      const input = { ...SAMPLE_INPUTS[definition.name]?.(idsOfA), organisationId: idsOfB.organisationId };
      const result = await executeTenantAction(definition, directorOfA, A, input, null);
      expect(result, definition.name).toMatchObject({ ok: false, code: "invalid" });
    }
  });

  it("for every route handler addressed to B, or to A with B's ids in the URL", async () => {
    for (const definition of routes()) {
      if (definition.kind !== "route") continue;
      const request = new Request(`http://localhost/o/${B}/x`);
      const childIds = { orderId: idsOfB.orderId, programmeId: idsOfB.programmeId, activityId: idsOfB.activityId, evidenceId: idsOfB.evidenceId };
      expect((await executeTenantRoute(definition, directorOfA, request, { slug: B, ...childIds }, null)).status, definition.name).toBe(404);
      const forged = await executeTenantRoute(definition, directorOfA, request, { slug: A, ...childIds }, null);
      expect([404, 200], definition.name).toContain(forged.status);
      if (forged.status === 200) expect(await forged.text(), definition.name).not.toContain(idsOfB.orderId);
    }
  });

  it("counts each denied attempt in B's audit log, one event per hour", async () => {
    const { rows } = await ownerQuery<{ events: string; counted: string }>(
      `select (select count(*) from audit_events e where e.action = 'access.denied' and e.organisation_id = $1 and e.actor_user_id = $2) as events,
              (select coalesce(sum(c.count), 0) from access_denial_counts c where c.organisation_id = $1 and c.actor_user_id = $2) as counted`,
      [idsOfB.organisationId, directorOfA.id],
    );
    expect(Number(rows[0]?.counted)).toBeGreaterThanOrEqual(tenantActions().length);
    expect(Number(rows[0]?.events)).toBeLessThanOrEqual(2); // two only when the run crossed the top of an hour
  });

  it("treats an unknown organisation exactly like a foreign one", async () => {
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      const result = await executeTenantAction(definition, directorOfA, "no-such-school", SAMPLE_INPUTS[definition.name]?.(idsOfA), null);
      expect(result, definition.name).toMatchObject({ ok: false, code: "not_found" });
    }
  });
});

describe("a role without the permission is refused inside its own organisation", () => {
  const lyceum = ["director", "curator", "teacher", "mentor", "mentee", "parent"].map((key) => `lyceum.${key}@tandem.demo`);

  it("for every tenant action and every demo role that lacks its permission", async () => {
    const before = await snapshotOf(A);
    let refusals = 0;
    for (const email of lyceum) {
      const actor = await userByEmail(email);
      const { rows } = await ownerQuery<{ roles: string }>(
        "select roles::text from memberships m join users u on u.id = m.user_id where u.email = $1",
        [email],
      );
      const roles = (rows[0]?.roles ?? "").replace(/[{}]/g, "").split(",");
      for (const definition of tenantActions()) {
        if (definition.kind !== "tenant") continue;
        const allowed: readonly string[] = PERMISSIONS[definition.permission];
        if (roles.some((role) => allowed.includes(role))) continue;
        const result = await executeTenantAction(definition, actor, A, SAMPLE_INPUTS[definition.name]?.(idsOfA), null);
        expect(result, `${email} → ${definition.name}`).toMatchObject({ ok: false, code: "forbidden" });
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(20);
    expect(await snapshotOf(A)).toBe(before);
  });

  it("for every route handler", async () => {
    const mentor = await userByEmail("lyceum.mentor@tandem.demo");
    for (const definition of routes()) {
      if (definition.kind !== "route") continue;
      const response = await executeTenantRoute(definition, mentor, new Request(`http://localhost/o/${A}/x`), { slug: A, programmeId: idsOfA.programmeId }, null);
      const allowed: readonly string[] = PERMISSIONS[definition.permission];
      if (allowed.includes("MENTOR")) expect(response.status, definition.name).not.toBe(403);
      else expect(response.status, definition.name).toBe(403);
    }
  });

  it("refuses platform administration to everyone but the platform administrator", async () => {
    for (const definition of definitions) {
      if (definition.kind !== "user" || !definition.platformAdminOnly) continue;
      const result = await executeUserAction(definition, directorOfA, {}, null);
      expect(result, definition.name).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("asks a signed-out caller to sign in", async () => {
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      expect(await executeTenantAction(definition, null, A, {}, null)).toMatchObject({ ok: false, code: "unauthenticated" });
    }
  });
});

describe("the same actions pass the gate for the right person (the checks are not blanket refusals)", () => {
  it("lets A's director through to every tenant action on A's own records", async () => {
    for (const definition of tenantActions()) {
      if (definition.kind !== "tenant") continue;
      const ids = { ...idsOfA, ...(await freshRecords(idsOfA.organisationId)) };
      const result = await executeTenantAction(definition, directorOfA, A, SAMPLE_INPUTS[definition.name]?.(ids), null);
      // Business rules may still refuse (an order not in review cannot be signed); access checks must not.
      if (!result.ok) expect(result.code, `${definition.name}: ${result.message}`).toBe("refused");
    }
  });
});
