import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction } from "@/lib/actions/define";
import "@/lib/partners/actions";
import "@/lib/people/actions";
import { listPartners } from "@/lib/partners/queries";
import { addMember, createSchool, signedIn, tenantAction, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { ownerQuery } from "./support/db";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let other: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;

const act = async (actor: MemberFixture, slug: string, name: string, input: Record<string, unknown>) =>
  executeTenantAction(tenantAction(name), await signedIn(actor), slug, input, null);

async function partnerId(organisationId: string, name: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>("select id from partners where organisation_id = $1 and name = $2", [organisationId, name]);
  return rows[0]?.id ?? "";
}

beforeAll(async () => {
  school = await createSchool();
  other = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
});

describe("social partners", () => {
  it("one record per organisation name (case aside); a mentor teacher may not add one", async () => {
    expect(await act(curator, school.organisation.slug, "partners.save", { name: "ООО «Завод»", kind: "EMPLOYER", phone: "8 846 331-20-40" })).toMatchObject({ ok: true });
    expect(await act(curator, school.organisation.slug, "partners.save", { name: "ооо «завод»", kind: "EMPLOYER" })).toMatchObject({ ok: false, fieldErrors: { name: "Такой партнёр уже есть" } });
    const mentor = await addMember(school.organisation, { roles: ["MENTOR"], lastName: "Наставник", firstName: "Илья" });
    expect(await act(mentor, school.organisation.slug, "partners.save", { name: "Другой", kind: "OTHER" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("an agreement's term cannot end before it starts, in the form and in the database", async () => {
    const id = await partnerId(school.organisation.id, "ООО «Завод»");
    expect(await act(curator, school.organisation.slug, "partners.addAgreement", { partnerId: id, number: "1", signedOn: "2026-08-20", validFrom: "2026-09-01", validUntil: "2026-08-01" })).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: "Срок действия не может закончиться раньше, чем начался" },
    });
    await expect(
      ownerQuery("insert into partner_agreements (id, organisation_id, partner_id, number, signed_on, valid_from, valid_until) values (gen_random_uuid(), $1, $2, 'x', '2026-08-20', '2026-09-01', '2026-08-01')", [school.organisation.id, id]),
    ).rejects.toThrow(/partner_agreements_term/);
    expect(await act(curator, school.organisation.slug, "partners.addAgreement", { partnerId: id, number: "1/2026", signedOn: "2026-08-20", validFrom: "2000-09-01" })).toMatchObject({ ok: true });
    const [row] = await listPartners(await tenantOf(curator, school.organisation));
    expect(row).toMatchObject({ name: "ООО «Завод»", inForce: true, phone: "+78463312040" });
  });

  it("a representative works for one of the organisation's own partners, never another school's", async () => {
    const own = await partnerId(school.organisation.id, "ООО «Завод»");
    expect(await act(other.director, other.organisation.slug, "partners.save", { name: "Чужой партнёр", kind: "OTHER" })).toMatchObject({ ok: true });
    const foreign = await partnerId(other.organisation.id, "Чужой партнёр");
    const representative = { lastName: "Инженеров", firstName: "Иван", category: "EMPLOYER_REPRESENTATIVE", position: "Инженер" };
    expect(await act(curator, school.organisation.slug, "people.save", { ...representative, partnerId: foreign })).toMatchObject({ ok: false, code: "not_found" });
    expect(await act(curator, school.organisation.slug, "people.save", { ...representative, partnerId: own })).toMatchObject({ ok: true });
    const [row] = await listPartners(await tenantOf(curator, school.organisation));
    expect(row?.mentors).toBe(1);
  });
});
