import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction } from "@/lib/actions/define";
import "@/lib/mentors/actions";
import "@/lib/orders/actions";
import { mentorBase } from "@/lib/mentors/queries";
import { addMember, createSchool, signedIn, tenantAction, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { ownerQuery } from "./support/db";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;
let programmeId: string;
let teacherCandidate: string;
let externalCandidate: string;
let externalPerson: string;

async function person(lastName: string, category: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into people (organisation_id, last_name, first_name, category, birth_date, updated_at) values ($1, $2, 'Тест', $3, '1985-01-01', now()) returning id",
    [school.organisation.id, lastName, category],
  );
  return rows[0]?.id ?? "";
}

const act = async (actor: MemberFixture, name: string, input: Record<string, unknown>) =>
  executeTenantAction(tenantAction(name), await signedIn(actor), school.organisation.slug, input, null);

async function candidate(personId: string): Promise<string> {
  const added = await act(curator, "mentors.add", { programmeId, personId });
  if (!added.ok) throw new Error(added.message);
  const id = (added.data as { candidateId: string }).candidateId;
  expect(await act(curator, "mentors.decide", { candidateId: id, decision: "SELECTED", decidedOn: "2026-09-20", note: "Протокол № 1" })).toMatchObject({ ok: true });
  return id;
}

async function statusOf(id: string): Promise<{ status: string; appointed_by_order_id: string | null }> {
  const { rows } = await ownerQuery<{ status: string; appointed_by_order_id: string | null }>("select status, appointed_by_order_id from mentor_candidates where id = $1", [id]);
  return rows[0] ?? { status: "", appointed_by_order_id: null };
}

beforeAll(async () => {
  school = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into programmes (id, organisation_id, title, academic_year, starts_on, ends_on, status, updated_at) values (gen_random_uuid(), $1, 'Программа', 2026, '2026-09-01', '2027-08-31', 'APPROVED', now()) returning id",
    [school.organisation.id],
  );
  programmeId = rows[0]?.id ?? "";
  teacherCandidate = await candidate(await person("Учителева", "TEACHER"));
  externalPerson = await person("Инженеров", "EMPLOYER_REPRESENTATIVE");
  externalCandidate = await candidate(externalPerson);
  expect(await act(curator, "mentors.addDocument", { candidateId: externalCandidate, personId: externalPerson, kind: "NO_CRIMINAL_RECORD", issuedOn: "2024-01-10", validUntil: "2025-01-10" })).toMatchObject({ ok: true });
});

describe("mentors are appointed only by the signed order «о назначении наставников»", () => {
  let orderId: string;

  it("the order names the candidates the commission recommended", async () => {
    const drafted = await act(curator, "orders.draft", { type: "APPOINT_MENTORS", programmeId });
    expect(drafted).toMatchObject({ ok: true });
    orderId = (drafted.ok ? (drafted.data as { orderId: string }) : { orderId: "" }).orderId;
    const { rows } = await ownerQuery<{ points: string[]; effect: { mentorCandidateIds: string[] } }>("select points, effect from orders where id = $1", [orderId]);
    expect(rows[0]?.points[0]).toContain("Инженеров Тест");
    expect(rows[0]?.effect.mentorCandidateIds.sort()).toEqual([teacherCandidate, externalCandidate].sort());
    expect(await act(curator, "orders.submit", { orderId, approverMembershipIds: [] })).toMatchObject({ ok: true });
  });

  it("is not signed while an external mentor's certificate has expired, and says whose and which", async () => {
    const refused = await act(school.director, "orders.sign", { orderId });
    expect(refused).toMatchObject({ ok: false, code: "refused" });
    expect(refused.ok ? "" : refused.message).toBe(
      "Приказ не подписан: Инженеров Т. не может работать с несовершеннолетними — Справка об отсутствии судимости: срок действия истёк 10.01.2025; Медицинская книжка (справка): нет в базе. Исключите их из приказа или дождитесь документов.",
    );
    expect(await statusOf(teacherCandidate)).toEqual({ status: "SELECTED", appointed_by_order_id: null });
    const { rows } = await ownerQuery<{ status: string; number: string | null }>("select status, number from orders where id = $1", [orderId]);
    expect(rows[0]).toEqual({ status: "IN_REVIEW", number: null });
  });

  it("is signed once the documents are valid: both mentors are in the registry with the order's number", async () => {
    for (const kind of ["NO_CRIMINAL_RECORD", "MEDICAL"]) {
      expect(await act(curator, "mentors.addDocument", { candidateId: externalCandidate, personId: externalPerson, kind, issuedOn: "2026-10-01" })).toMatchObject({ ok: true });
    }
    const signed = await act(school.director, "orders.sign", { orderId });
    expect(signed).toMatchObject({ ok: true });
    expect(await statusOf(externalCandidate)).toEqual({ status: "APPOINTED", appointed_by_order_id: orderId });
    const base = await mentorBase(await tenantOf(curator, school.organisation), programmeId, { q: "", find: "" });
    expect(base?.rows.map((row) => row.appointedBy?.number)).toEqual([(signed.ok ? (signed.data as { number: string }) : { number: "" }).number, (signed.ok ? (signed.data as { number: string }) : { number: "" }).number]);
    expect(await act(curator, "mentors.decide", { candidateId: externalCandidate, decision: "REJECTED", decidedOn: "2026-12-01" })).toMatchObject({ ok: false, message: expect.stringContaining("назначен приказом") });
  });

  it("an order cancelling the appointing one takes its mentors out of the registry", async () => {
    const drafted = await act(school.director, "orders.draft", { type: "INTRODUCE_MODEL", cancelsOrderId: orderId });
    const cancelling = drafted.ok ? (drafted.data as { orderId: string }).orderId : "";
    expect(await act(school.director, "orders.submit", { orderId: cancelling, approverMembershipIds: [] })).toMatchObject({ ok: true });
    expect(await act(school.director, "orders.sign", { orderId: cancelling })).toMatchObject({ ok: true });
    expect(await statusOf(teacherCandidate)).toEqual({ status: "SELECTED", appointed_by_order_id: null });
    expect(await statusOf(externalCandidate)).toEqual({ status: "SELECTED", appointed_by_order_id: null });
  });

  it("the database refuses an appointment without a signed order of that type", async () => {
    const other = await candidate(await person("Третий", "TEACHER"));
    await expect(ownerQuery("update mentor_candidates set status = 'APPOINTED' where id = $1", [other])).rejects.toThrow(/mentor_candidates_appointed_by_order/);
    const { rows } = await ownerQuery<{ id: string }>("insert into orders (id, organisation_id, type, title, preamble, points, updated_at) values (gen_random_uuid(), $1, 'APPOINT_MENTORS', 'О назначении', 'x', '{x}', now()) returning id", [school.organisation.id]);
    await expect(ownerQuery("update mentor_candidates set status = 'APPOINTED', appointed_by_order_id = $2 where id = $1", [other, rows[0]?.id])).rejects.toThrow(/appointed only by a signed order/);
  });
});
