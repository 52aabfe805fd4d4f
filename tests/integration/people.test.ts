import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { executeTenantAction } from "@/lib/actions/define";
import "@/lib/people/actions";
import { getPerson, listPeople } from "@/lib/people/queries";
import { nameKeyOf } from "@/lib/people/names";
import { peopleListQuerySchema } from "@/lib/people/schemas";
import { addMember, createSchool, signedIn, tenantAction, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { appRoleQuery, ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;
let classTeacher: MemberFixture;
let mentor: MemberFixture;

const save = (actor: MemberFixture, input: Record<string, unknown>) =>
  signedIn(actor).then((user) => executeTenantAction(tenantAction("people.save"), user, school.organisation.slug, input, null));

const pupil = (lastName: string, extra: Record<string, unknown> = {}) => ({ lastName, firstName: "Пётр", category: "PUPIL", className: "7А", birthDate: "2013-03-14", ...extra });

async function personIdOf(lastName: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>("select id from people where organisation_id = $1 and last_name = $2", [school.organisation.id, lastName]);
  if (!rows[0]) throw new Error(`no ${lastName}`);
  return rows[0].id;
}

beforeAll(async () => {
  school = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
  classTeacher = await addMember(school.organisation, { roles: ["CLASS_TEACHER"], classesLed: ["7А"], lastName: "Классная", firstName: "Нина" });
  mentor = await addMember(school.organisation, { roles: ["MENTOR"], lastName: "Наставников", firstName: "Илья" });
});

describe("every member is a person", () => {
  it("a membership inserted without a person gets one, with the account's name and the category its roles imply", async () => {
    const { rows } = await ownerQuery<{ last_name: string; category: string; name_key: string }>(
      "select p.last_name, p.category, p.name_key from memberships m join people p on p.id = m.person_id where m.id = $1",
      [mentor.membershipId],
    );
    expect(rows).toEqual([{ last_name: "Наставников", category: "TEACHER", name_key: "наставников илья" }]);
    const pupilMember = await addMember(school.organisation, { roles: ["MENTEE"], className: "7А", lastName: "Учеников", firstName: "Саша" });
    const { rows: pupils } = await ownerQuery<{ category: string; class_name: string }>(
      "select p.category, p.class_name from memberships m join people p on p.id = m.person_id where m.id = $1",
      [pupilMember.membershipId],
    );
    expect(pupils).toEqual([{ category: "PUPIL", class_name: "7А" }]);
  });

  it("a guardianship between member accounts is also one between their people", async () => {
    const { rows } = await ownerQuery<{ missing: string }>(
      `select count(*)::text as missing from guardianships g
         join memberships p on p.id = g.parent_membership_id join memberships c on c.id = g.child_membership_id
        where not exists (select 1 from person_guardians pg where pg.guardian_id = p.person_id and pg.child_id = c.person_id)`,
    );
    expect(rows[0]?.missing).toBe("0");
  });
});

describe("the same person is found whatever the spelling of ё, case and spaces", () => {
  it("the database's name key and lib/people/names.ts agree", async () => {
    const letter = fc.constantFrom(..."аАбБеЕёЁжЖиИйЙоОщЩъЪыЫэЭюЮяЯ -");
    await fc.assert(
      fc.asyncProperty(fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) => letters.join("")), fc.array(letter, { maxLength: 8 }).map((l) => l.join("")), async (last, first) => {
        const { rows } = await ownerQuery<{ key: string }>("select person_name_key($1, $2, null) as key", [last, first]);
        expect(rows[0]?.key).toBe(nameKeyOf(last, first));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a second record of the same pupil (Ё/Е, case, spaces) and names who is there", async () => {
    expect(await save(curator, pupil("Ёлкин"))).toMatchObject({ ok: true });
    const again = await save(curator, pupil("  елкин ", { firstName: "пётр" }));
    expect(again).toMatchObject({ ok: false, code: "refused" });
    expect(again.ok ? "" : again.message).toContain("уже есть");
    expect(await save(curator, pupil("Ёлкин", { birthDate: "2012-01-05" }))).toMatchObject({ ok: true });
  });
});

describe("who may record people", () => {
  it("a mentor may not add anyone; the curator may, and the phone is stored as +7XXXXXXXXXX", async () => {
    expect(await save(mentor, pupil("Мимоходов"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await save(curator, pupil("Телефонов", { phone: "8 (912) 345-67-89" }))).toMatchObject({ ok: true });
    const { rows } = await ownerQuery<{ phone: string }>("select phone from people where last_name = 'Телефонов'");
    expect(rows[0]?.phone).toBe("+79123456789");
  });

  it("a parent of two pupils in two classes is one person", async () => {
    await save(curator, pupil("Братов", { className: "7А", firstName: "Иван" }));
    await save(curator, pupil("Братова", { className: "9Б", firstName: "Мария", birthDate: "2011-04-01" }));
    const add = tenantAction("people.addGuardian");
    const user = await signedIn(curator);
    for (const child of ["Братов", "Братова"]) {
      const result = await executeTenantAction(add, user, school.organisation.slug, { childId: await personIdOf(child), lastName: "Братова", firstName: "Елена", relation: "мать" }, null);
      expect(result).toMatchObject({ ok: true });
    }
    const { rows } = await ownerQuery<{ children: string }>(
      "select count(*)::text as children from person_guardians g join people p on p.id = g.guardian_id where p.last_name = 'Братова' and p.category = 'PARENT'",
    );
    expect(rows[0]?.children).toBe("2");
  });
});

describe("special needs are refused by the database to those who do not work with them", () => {
  let pupilOf7A: string;
  let pupilOf9B: string;

  beforeAll(async () => {
    await save(curator, pupil("Особенный"));
    await save(curator, pupil("Другой", { className: "9Б" }));
    pupilOf7A = await personIdOf("Особенный");
    pupilOf9B = await personIdOf("Другой");
    const user = await signedIn(curator);
    for (const personId of [pupilOf7A, pupilOf9B]) {
      const result = await executeTenantAction(tenantAction("people.setSupport"), user, school.organisation.slug, { personId, needs: ["DISABILITY"] }, null);
      expect(result).toMatchObject({ ok: true });
    }
  });

  const visibleTo = async (member: MemberFixture) =>
    (
      await appRoleQuery<{ person_id: string }>("select person_id from person_support where organisation_id = $1", [school.organisation.id], {
        "app.organisation_id": school.organisation.id,
        "app.user_id": member.id,
      })
    ).rows.map((row) => row.person_id);

  it("the curator sees all, the class teacher only their class, a mentor none", async () => {
    expect(await visibleTo(curator)).toEqual(expect.arrayContaining([pupilOf7A, pupilOf9B]));
    expect(await visibleTo(classTeacher)).toEqual([pupilOf7A]);
    expect(await visibleTo(mentor)).toEqual([]);
  });

  it("a mentor cannot write them straight into the table either", async () => {
    await expect(
      appRoleQuery("insert into person_support (person_id, organisation_id, needs, updated_at) values ($1, $2, '{GIFTED}', now())", [pupilOf9B, school.organisation.id], {
        "app.organisation_id": school.organisation.id,
        "app.user_id": mentor.id,
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("the card shows them to the class teacher of 7А, and not of 9Б; the list filters by them only where they are visible", async () => {
    const teacher = await tenantOf(classTeacher, school.organisation);
    expect((await getPerson(teacher, pupilOf7A))?.support?.needs).toEqual(["DISABILITY"]);
    expect(await getPerson(teacher, pupilOf9B)).toBeNull();
    const curatorCtx = await tenantOf(curator, school.organisation);
    const filtered = await listPeople(curatorCtx, peopleListQuerySchema.parse({ need: "DISABILITY" }));
    expect(filtered.rows.map((row) => row.lastName).sort()).toEqual(["Другой", "Особенный"]);
  });
});

describe("the list pages in the same number of statements whatever the school's size", () => {
  it("50 people or 250", async () => {
    const ctx = await tenantOf(school.director, school.organisation);
    const query = peopleListQuerySchema.parse({});
    const small = await sentStatements(() => listPeople(ctx, query));
    await ownerQuery(
      `insert into people (organisation_id, last_name, first_name, category, class_name, birth_date, updated_at)
       select $1, 'Массов' || n, 'Ученик', 'PUPIL', (5 + n % 7)::text || 'А', date '2012-01-01' + n, now() from generate_series(1, 250) n`,
      [school.organisation.id],
    );
    const large = await sentStatements(() => listPeople(ctx, query));
    expect(large.sent.length).toBe(small.sent.length);
    expect((await listPeople(ctx, query)).total).toBeGreaterThan(250);
  });
});
