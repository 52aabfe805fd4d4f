import { beforeAll, describe, expect, it, vi } from "vitest";

// The deployment's public address: QR codes must carry it, whatever Host or request.url say.
const PUBLIC_URL = vi.hoisted(() => {
  process.env.PUBLIC_URL = "https://tandem.berezovsky.example";
  return process.env.PUBLIC_URL;
});

import { inTenant } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { draftOrder, signOrder, submitOrderForReview } from "@/lib/orders/service";
import { executeTenantRoute, registeredActions } from "@/lib/actions/define";
import "@/lib/orders/documents/download";
import "@/lib/roadmap/export/download";
import "@/lib/audit/export";
import { ownerQuery } from "./support/db";
import { membershipIdOf, seedDemo, userByEmail } from "./support/demo";
import { expectPrintable, loadWorkbook, readDocx } from "../support/office-files";

const SLUG = "lyceum-17";
const FOUNDER = "Управление образования администрации Берёзовского муниципального округа";
let director: TenantContext;
let curator: TenantContext;
let programmeId: string;
let orderId: string;
let orderNumber: string;
/** The day the order is signed, as printed: today, since the demo's journal already holds this year's orders. */
let signedText: string;
const people: Record<"curator" | "mentor", { name: string; position: string | null }> = { curator: { name: "", position: null }, mentor: { name: "", position: null } };

async function contextOf(email: string): Promise<TenantContext> {
  const context = await resolveTenant(await userByEmail(email), SLUG, null);
  if (!context) throw new Error(`${email} is not a member of ${SLUG}`);
  return context;
}

const asTenant = <T>(ctx: TenantContext, work: Parameters<typeof inTenant<T>>[1]) =>
  inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, work);

async function personOf(membershipId: string) {
  const { rows } = await ownerQuery<{ name: string; position: string | null }>(
    "select concat_ws(' ', u.last_name, u.first_name, u.middle_name) as name, m.position from memberships m join users u on u.id = m.user_id where m.id = $1",
    [membershipId],
  );
  if (!rows[0]) throw new Error(`no member ${membershipId}`);
  return rows[0];
}

/** GETs one of the app's downloads as the browser would reach it on the served address (request.url is localhost there). */
async function download(ctx: TenantContext, name: string, path: string, params: Record<string, string>): Promise<Buffer> {
  const route = registeredActions().find((definition) => definition.name === name);
  if (route?.kind !== "route") throw new Error(`no route ${name}`);
  const request = new Request(`http://localhost:3000${path}`, { headers: { host: "127.0.0.1:3000" } });
  const response = await executeTenantRoute(route, ctx.user, request, { slug: SLUG, ...params }, null);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  await seedDemo();
  director = await contextOf("lyceum.director@tandem.demo");
  curator = await contextOf("lyceum.curator@tandem.demo");
  const curatorId = await membershipIdOf("lyceum.curator@tandem.demo", SLUG);
  const mentorId = await membershipIdOf("lyceum.mentor@tandem.demo", SLUG);
  people.curator = await personOf(curatorId);
  people.mentor = await personOf(mentorId);
  await ownerQuery("update organisations set founder_name = $1 where slug = $2", [FOUNDER, SLUG]);
  programmeId = await asTenant(director, async (tx) => {
    const organisationId = director.organisation.id;
    const programme = await tx.programme.create({
      data: { organisationId, title: "Шаг навстречу", academicYear: 2023, startsOn: new Date("2023-09-01"), endsOn: new Date("2024-08-31"), curatorMembershipId: curatorId },
      select: { id: true },
    });
    const stage = await tx.roadmapStage.create({ data: { organisationId, programmeId: programme.id, position: 0, title: "Подготовка условий для запуска программы" }, select: { id: true } });
    await tx.roadmapActivity.create({
      data: {
        organisationId, programmeId: programme.id, stageId: stage.id, position: 0, title: "Анкетирование наставников", periodText: "сентябрь 2023", periodKind: "RANGE",
        startsOn: new Date("2023-09-01"), endsOn: new Date("2023-09-30"), responsibleText: "Наставник", responsibleMembershipIds: [mentorId],
      },
    });
    return programme.id;
  });
  orderId = await asTenant(curator, async (tx) => {
    const draft = await draftOrder(tx, curator, { type: "APPROVE_PROGRAMME", programmeId });
    await submitOrderForReview(tx, curator, { orderId: draft.orderId, approverMembershipIds: [] });
    return draft.orderId;
  });
  orderNumber = (await asTenant(director, (tx) => signOrder(tx, director, { orderId }))).number;
  const { rows } = await ownerQuery<{ signed: string }>("select to_char(signed_on, 'DD.MM.YYYY') as signed from orders where id = $1", [orderId]);
  signedText = rows[0]?.signed ?? "";
});

describe("the order approving the programme, as .docx", () => {
  it("carries the programme and the roadmap as «Приложение 1/2 к приказу от … № …», then the acquaintance sheet", async () => {
    const { sections, lines } = await readDocx(await download(director, "orders.docx", `/o/${SLUG}/orders/${orderId}/docx`, { orderId }));
    expect(lines[0]).toBe(FOUNDER);
    expect(lines).toContain("1. Утвердить программу наставничества «Шаг навстречу» на 2023/2024 учебный год (приложение 1).");
    expect(sections).toHaveLength(4);
    const [, programme = "", roadmap = "", sheet = ""] = sections;
    const mark = `к приказу от ${signedText} № ${orderNumber}`;
    expect(programme).toContain(">Приложение 1<");
    expect(programme).toContain(mark);
    expect(programme).toContain("«Шаг навстречу» на 2023/2024 учебный год");
    expect(programme).toContain(people.curator.name);
    expect(roadmap).toContain(">Приложение 2<");
    expect(roadmap).toContain(mark);
    expect(roadmap).toContain("1.1. Анкетирование наставников");
    expect(sheet).toContain("ЛИСТ ОЗНАКОМЛЕНИЯ");
    // The curator the programme names, and the mentor its roadmap makes responsible.
    expect(sheet).toContain(`>1<`);
    expect(sheet.indexOf(people.curator.name)).toBeGreaterThan(0);
    expect(sheet.indexOf(people.mentor.name)).toBeGreaterThan(sheet.indexOf(people.curator.name));
  });

  it("has a QR code that opens the order's page on the configured public address", async () => {
    const { qrCodes } = await readDocx(await download(director, "orders.docx", `/o/${SLUG}/orders/${orderId}/docx`, { orderId }));
    expect(qrCodes).toEqual([`${PUBLIC_URL}/o/${SLUG}/orders/${orderId}`]);
  });
});

describe("the roadmap approved by that order", () => {
  it("prints as its appendix 2, with the QR of the programme's page on the public address", async () => {
    const { lines, qrCodes } = await readDocx(await download(curator, "roadmap.exportDocx", `/o/${SLUG}/programmes/${programmeId}/export/docx`, { programmeId }));
    expect(lines.slice(0, 4)).toEqual(["Приложение 2", `к приказу от ${signedText} № ${orderNumber}`, "УТВЕРЖДЕНО", `приказом директора от ${signedText} № ${orderNumber}`]);
    expect(qrCodes).toEqual([`${PUBLIC_URL}/o/${SLUG}/programmes/${programmeId}`]);
  });

  it("downloads as .xlsx set up to print, titled with the organisation, the programme and its approval", async () => {
    const workbook = await loadWorkbook(await download(curator, "roadmap.exportXlsx", `/o/${SLUG}/programmes/${programmeId}/export/xlsx`, { programmeId }));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const fullName = (await ownerQuery<{ full_name: string }>("select full_name from organisations where slug = $1", [SLUG])).rows[0]?.full_name ?? "";
    expectPrintable(sheet, [
      fullName,
      "Дорожная карта (план мероприятий) реализации программы наставничества «Шаг навстречу» на 2023/2024 учебный год",
      `Утверждена приказом директора от ${signedText} № ${orderNumber}`,
    ]);
  });
});

describe("the audit journal's .xlsx", () => {
  it("prints like every export, its moments as dd.MM.yyyy hh:mm", async () => {
    const workbook = await loadWorkbook(await download(director, "audit.export", `/o/${SLUG}/audit/export`, {}));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const headerRow = expectPrintable(sheet, [director.organisation.fullName, "Журнал действий пользователей", sheet.getCell(3, 1).text]);
    expect(sheet.getCell(3, 1).text).toMatch(/^Выгружен \d\d\.\d\d\.\d{4}$/);
    const first = sheet.getRow(headerRow + 1).getCell(1);
    expect(first.value).toBeInstanceOf(Date);
    expect(first.numFmt).toBe("dd.mm.yyyy hh:mm");
  });
});
