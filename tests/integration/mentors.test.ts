import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction } from "@/lib/actions/define";
import "@/lib/mentors/actions";
import { getCandidate, mentorBase } from "@/lib/mentors/queries";
import { addMember, createSchool, signedIn, tenantAction, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;
let programmeId: string;

async function person(lastName: string, category: string, birthDate: string | null): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into people (organisation_id, last_name, first_name, category, birth_date, updated_at) values ($1, $2, 'Тест', $3, $4, now()) returning id",
    [school.organisation.id, lastName, category, birthDate],
  );
  return rows[0]?.id ?? "";
}

const act = async (name: string, input: Record<string, unknown>) => executeTenantAction(tenantAction(name), await signedIn(curator), school.organisation.slug, input, null);

beforeAll(async () => {
  school = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into programmes (id, organisation_id, title, academic_year, starts_on, ends_on, updated_at) values (gen_random_uuid(), $1, 'Программа', 2026, '2026-09-01', '2027-08-31', now()) returning id",
    [school.organisation.id],
  );
  programmeId = rows[0]?.id ?? "";
});

describe("the base of mentors", () => {
  it("takes a teacher and an employer's person; a twelve-year-old pupil is told why not", async () => {
    expect(await act("mentors.add", { programmeId, personId: await person("Учителева", "TEACHER", null) })).toMatchObject({ ok: true });
    expect(await act("mentors.add", { programmeId, personId: await person("Шестиклассник", "PUPIL", "2014-03-01") })).toMatchObject({ ok: false, message: "Шестиклассник Т.: Наставником обучающийся может быть с 13 лет." });
  });

  it("shows an external mentor's expired certificate as the reason they cannot work with minors, and what runs out soon", async () => {
    const external = await person("Инженеров", "EMPLOYER_REPRESENTATIVE", "1985-01-01");
    const added = await act("mentors.add", { programmeId, personId: external });
    const candidateId = added.ok ? (added.data as { candidateId: string }).candidateId : "";
    expect(await act("mentors.addDocument", { candidateId, personId: external, kind: "NO_CRIMINAL_RECORD", issuedOn: "2024-01-10", validUntil: "2025-01-10" })).toMatchObject({ ok: true });
    expect(await act("mentors.addDocument", { candidateId, personId: external, kind: "MEDICAL", issuedOn: "2026-01-10", validUntil: "2026-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: "Документ не может перестать действовать раньше, чем выдан" },
    });
    const ctx = await tenantOf(curator, school.organisation);
    const card = await getCandidate(ctx, candidateId);
    expect(card?.problems).toEqual(["Справка об отсутствии судимости: срок действия истёк 10.01.2025", "Медицинская книжка (справка): нет в базе"]);
    await ownerQuery("insert into mentor_documents (id, organisation_id, person_id, kind, issued_on, valid_until) values (gen_random_uuid(), $1, $2, 'MEDICAL', current_date - 300, current_date + 10)", [school.organisation.id, external]);
    const base = await mentorBase(ctx, programmeId, { q: "", find: "" });
    const row = base?.rows.find((entry) => entry.person.lastName === "Инженеров");
    expect(row?.problems).toEqual(["Справка об отсутствии судимости: срок действия истёк 10.01.2025"]);
    expect(row?.expiring.map((document) => document.kind)).toEqual(["MEDICAL"]);
    expect(base?.rows.find((entry) => entry.person.lastName === "Учителева")?.problems).toEqual([]);
  });

  it("records training and the criteria, the lists written as the curator types them", async () => {
    const teacher = await person("Методистова", "TEACHER", null);
    const added = await act("mentors.add", { programmeId, personId: teacher });
    const candidateId = added.ok ? (added.data as { candidateId: string }).candidateId : "";
    expect(await act("mentors.saveCriteria", { candidateId, competencies: "математика; робототехника, математика", hoursPerWeek: "3", appliedOn: "2026-09-05" })).toMatchObject({ ok: true });
    expect(await act("mentors.addTraining", { candidateId, course: "Школа наставников", hours: "72", completedOn: "2026-10-30" })).toMatchObject({ ok: true });
    const card = await getCandidate(await tenantOf(curator, school.organisation), candidateId);
    expect(card?.criteria).toMatchObject({ competencies: ["математика", "робототехника"], hoursPerWeek: 3, appliedOn: "2026-09-05" });
    expect(card?.trainings).toEqual([expect.objectContaining({ course: "Школа наставников", hours: 72, completedOn: "2026-10-30" })]);
  });

  it("reads its base in the same number of statements whatever its size", async () => {
    const ctx = await tenantOf(curator, school.organisation);
    const small = await sentStatements(() => mentorBase(ctx, programmeId, { q: "", find: "Массов" }));
    await ownerQuery(
      `with p as (insert into people (organisation_id, last_name, first_name, category, updated_at)
                  select $1, 'Массов' || n, 'Наставник', 'PARENT', now() from generate_series(1, 120) n returning id)
       insert into mentor_candidates (id, organisation_id, programme_id, person_id, updated_at) select gen_random_uuid(), $1, $2, id, now() from p`,
      [school.organisation.id, programmeId],
    );
    const large = await sentStatements(() => mentorBase(ctx, programmeId, { q: "", find: "Массов" }));
    expect(large.sent.length).toBe(small.sent.length);
  });
});
