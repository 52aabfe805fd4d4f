import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction } from "@/lib/actions/define";
import "@/lib/mentees/actions";
import { menteeBase } from "@/lib/mentees/queries";
import { menteeListQuerySchema } from "@/lib/mentees/schemas";
import { addMember, createSchool, signedIn, tenantAction, tenantOf, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;
let teacherOf7A: MemberFixture;
let psychologist: MemberFixture;
let programmeId: string;

async function person(lastName: string, category: string, className: string | null, birthDate: string | null): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>(
    "insert into people (organisation_id, last_name, first_name, category, class_name, birth_date, updated_at) values ($1, $2, 'Тест', $3, $4, $5, now()) returning id",
    [school.organisation.id, lastName, category, className, birthDate],
  );
  return rows[0]?.id ?? "";
}

const act = async (actor: MemberFixture, name: string, input: Record<string, unknown>) =>
  executeTenantAction(tenantAction(name), await signedIn(actor), school.organisation.slug, input, null);

async function menteeOf(personId: string): Promise<string> {
  const result = await act(curator, "mentees.add", { programmeId, personId });
  if (!result.ok) throw new Error(result.message);
  return (result.data as { menteeId: string }).menteeId;
}

beforeAll(async () => {
  school = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
  teacherOf7A = await addMember(school.organisation, { roles: ["CLASS_TEACHER"], classesLed: ["7А"], lastName: "Классная", firstName: "Нина" });
  psychologist = await addMember(school.organisation, { roles: ["PSYCHOLOGIST"], lastName: "Психологова", firstName: "Вера" });
  const { rows } = await ownerQuery<{ id: string }>(
    `insert into programmes (id, organisation_id, title, academic_year, starts_on, ends_on, updated_at)
     values (gen_random_uuid(), $1, 'Программа', 2026, '2026-09-01', '2027-08-31', now()) returning id`,
    [school.organisation.id],
  );
  programmeId = rows[0]?.id ?? "";
});

describe("who can be a mentee", () => {
  it("a pupil from 10, with a known date of birth; a teacher; not a parent; not twice", async () => {
    const nine = await person("Младший", "PUPIL", "3А", "2018-01-01");
    const unknown = await person("Безданных", "PUPIL", "7А", null);
    const parent = await person("Родителева", "PARENT", null, null);
    expect(await act(curator, "mentees.add", { programmeId, personId: nine })).toMatchObject({ ok: false, message: "Младший Т.: Наставляемым обучающийся может быть с 10 лет." });
    expect(await act(curator, "mentees.add", { programmeId, personId: unknown })).toMatchObject({ ok: false, message: expect.stringContaining("Укажите дату рождения") });
    expect(await act(curator, "mentees.add", { programmeId, personId: parent })).toMatchObject({ ok: false, message: expect.stringContaining("обучающиеся, студенты и педагоги") });
    const pupil = await person("Десятилетний", "PUPIL", "5А", "2016-01-01");
    await menteeOf(pupil);
    expect(await act(curator, "mentees.add", { programmeId, personId: pupil })).toMatchObject({ ok: false, message: "Десятилетний Т. уже в базе наставляемых этой программы." });
    expect(await act(teacherOf7A, "mentees.add", { programmeId, personId: await person("Учителев", "TEACHER", null, null) })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("requests", () => {
  let of7A: string;
  let of9B: string;

  beforeAll(async () => {
    of7A = await menteeOf(await person("Семиклассник", "PUPIL", "7А", "2013-05-05"));
    of9B = await menteeOf(await person("Девятиклассник", "PUPIL", "9Б", "2011-05-05"));
  });

  it("a class teacher records them for their own class, as the class teacher's; not for another class", async () => {
    expect(await act(teacherOf7A, "mentees.addRequest", { menteeId: of7A, topic: "ACADEMIC", details: "Алгебра" })).toMatchObject({ ok: true });
    expect(await act(teacherOf7A, "mentees.addRequest", { menteeId: of9B, topic: "ACADEMIC" })).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "Классный руководитель ведёт запросы только обучающихся своего класса.",
    });
    const { rows } = await ownerQuery<{ source: string; details: string }>("select source, details from mentee_requests where mentee_id = $1", [of7A]);
    expect(rows).toEqual([{ source: "CLASS_TEACHER", details: "Алгебра" }]);
  });

  it("the psychologist records them for anyone; «Другое» needs the request in words", async () => {
    expect(await act(psychologist, "mentees.addRequest", { menteeId: of9B, topic: "OTHER" })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { details: "Для «Другое» запишите запрос своими словами" } });
    expect(await act(psychologist, "mentees.addRequest", { menteeId: of9B, topic: "ADAPTATION", source: "PARENT" })).toMatchObject({ ok: true });
    const { rows } = await ownerQuery<{ source: string }>("select source from mentee_requests where mentee_id = $1", [of9B]);
    expect(rows).toEqual([{ source: "PARENT" }]);
  });

  it("the class teacher's base holds their class only; the curator's counts every request", async () => {
    const teacher = await menteeBase(await tenantOf(teacherOf7A, school.organisation), programmeId, menteeListQuerySchema.parse({}));
    expect(teacher?.rows.map((row) => row.person.lastName)).toEqual(["Семиклассник"]);
    const all = await menteeBase(await tenantOf(curator, school.organisation), programmeId, menteeListQuerySchema.parse({ topic: "ADAPTATION" }));
    expect(all?.rows.map((row) => row.person.lastName)).toEqual(["Девятиклассник"]);
    expect(all?.byTopic).toEqual(expect.arrayContaining([{ topic: "ACADEMIC", mentees: 1 }, { topic: "ADAPTATION", mentees: 1 }]));
  });
});

describe("the base pages in the same number of statements whatever its size", () => {
  it("a few mentees or two hundred", async () => {
    const ctx = await tenantOf(curator, school.organisation);
    const query = menteeListQuerySchema.parse({ find: "Массов" });
    const small = await sentStatements(() => menteeBase(ctx, programmeId, query));
    await ownerQuery(
      `with p as (insert into people (organisation_id, last_name, first_name, category, class_name, birth_date, updated_at)
                  select $1, 'Массов' || n, 'Ученик', 'PUPIL', '8А', date '2012-01-01', now() from generate_series(1, 220) n returning id)
       insert into mentees (id, organisation_id, programme_id, person_id, updated_at) select gen_random_uuid(), $1, $2, id, now() from p where random() < 0.9`,
      [school.organisation.id, programmeId],
    );
    const large = await sentStatements(() => menteeBase(ctx, programmeId, query));
    expect(large.sent.length).toBe(small.sent.length);
  });
});
