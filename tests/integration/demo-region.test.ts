import { beforeAll, describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/actions/errors";
import { authorityProgress, schoolFilterSchema } from "@/lib/authorities/progress";
import { authenticate } from "@/lib/auth/sign-in";
import { todayIn } from "@/lib/i18n/format";
import { DEFAULT_REGION_SEED, generateRegion } from "@/lib/ops/region/command";
import { organisationPlan } from "@/lib/ops/region/content";
import { organisationProfiles } from "@/lib/ops/region/names";
import { DEMO_AUTHORITY, DEMO_ORGANISATIONS, DEMO_PASSWORD } from "@/prisma/demo-data";
import { appRoleQuery, ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

/** `demo:region --orgs 3`: a small region under the demo authority, row-level security intact, idempotent, the same for the same seed. */

const SLUGS = ["region-001", "region-002", "region-003"];
const ORGS = 3;

function ownerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

const quiet = () => undefined;

async function counts(): Promise<Record<string, string>> {
  const { rows } = await ownerQuery<Record<string, string>>(
    `select (select count(*) from organisations) as organisations, (select count(*) from users) as users, (select count(*) from memberships) as memberships,
       (select count(*) from programmes) as programmes, (select count(*) from roadmap_activities) as activities, (select count(*) from orders) as orders,
       (select count(*) from audit_events) as audit, (select count(*) from programme_progress) as progress`,
  );
  return rows[0] ?? {};
}

/** Per demo school, what it holds: generating the region must leave it as it was. */
async function demoSchools(): Promise<Record<string, string>[]> {
  const { rows } = await ownerQuery<Record<string, string>>(
    `select o.slug, o.updated_at::text, (select count(*) from memberships m where m.organisation_id = o.id) as members,
       (select count(*) from orders r where r.organisation_id = o.id) as orders, (select count(*) from audit_events a where a.organisation_id = o.id) as audit
       from organisations o where o.slug = any($1) order by o.slug`,
    [DEMO_ORGANISATIONS.map((organisation) => organisation.slug)],
  );
  return rows;
}

async function idOf(slug: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>("select id from organisations where slug = $1", [slug]);
  if (!rows[0]) throw new Error(`no ${slug}`);
  return rows[0].id;
}

describe("demo:region without the demo", () => {
  it("refuses, in Russian, and writes nothing", async () => {
    const before = await counts();
    await expect(generateRegion(ownerUrl(), { orgs: ORGS, seed: DEFAULT_REGION_SEED }, quiet)).rejects.toThrow(UserFacingError);
    await expect(generateRegion(ownerUrl(), { orgs: ORGS, seed: DEFAULT_REGION_SEED }, quiet)).rejects.toThrow(/Демо-данных нет.*db:seed/);
    expect(await counts()).toEqual(before);
  });
});

describe("demo:region --orgs 3", () => {
  let demoBefore: Record<string, string>[];
  let summary: string;

  beforeAll(async () => {
    await seedDemo();
    demoBefore = await demoSchools();
    summary = await generateRegion(ownerUrl(), { orgs: ORGS, seed: DEFAULT_REGION_SEED }, quiet);
  });

  it("creates the organisations under the demo authority, each with its people, three programme years, roadmaps, signed orders and audit history", async () => {
    expect(summary).toMatch(/новых организаций 3/);
    const { rows } = await ownerQuery<{ slug: string; kind: string; authority: string; members: number; parents: number; programmes: string[]; activities: number; signed: number; unnumbered: number; audit: number }>(
      `select o.slug, o.kind, a.slug as authority,
         (select count(*)::int from memberships m where m.organisation_id = o.id) as members,
         (select count(*)::int from guardianships g where g.organisation_id = o.id) as parents,
         array(select p.status::text from programmes p where p.organisation_id = o.id order by p.academic_year) as programmes,
         (select count(*)::int from roadmap_activities r where r.organisation_id = o.id) as activities,
         (select count(*)::int from orders r where r.organisation_id = o.id and r.status = 'SIGNED') as signed,
         (select count(*)::int from orders r where r.organisation_id = o.id and r.status = 'SIGNED' and (r.number is null or r.signed_by_id is null)) as unnumbered,
         (select count(*)::int from audit_events e where e.organisation_id = o.id) as audit
         from organisations o join authorities a on a.id = o.authority_id where o.slug like 'region-%' order by o.slug`,
    );
    expect(rows.map((row) => row.slug)).toEqual(SLUGS);
    for (const row of rows) {
      expect(row.authority).toBe(DEMO_AUTHORITY.slug);
      expect(row.members).toBeGreaterThanOrEqual(60);
      expect(row.parents).toBeGreaterThan(0);
      expect(row.programmes.slice(0, 2)).toEqual(["COMPLETED", "COMPLETED"]);
      expect(["APPROVED", "DRAFT"]).toContain(row.programmes[2]);
      expect(row.activities).toBeGreaterThan(0);
      expect(row.signed).toBeGreaterThan(5);
      expect(row.unnumbered).toBe(0);
      expect(row.audit).toBeGreaterThan(300);
    }
    const largest = rows[0];
    expect(largest?.audit).toBeGreaterThanOrEqual(100_000);
    const { rows: roadmap } = await ownerQuery<{ activities: number; statuses: string[] }>(
      `select count(*)::int as activities, array_agg(distinct r.status::text order by r.status::text) as statuses
         from roadmap_activities r join programmes p on p.id = r.programme_id where p.organisation_id = $1 and p.status = 'APPROVED'`,
      [await idOf("region-001")],
    );
    expect(roadmap[0]?.activities).toBe(300);
    expect(roadmap[0]?.statuses).toEqual(expect.arrayContaining(["DONE", "IN_PROGRESS", "PLANNED"]));
  });

  it("gives each school its class lists as people without accounts (every pupil of the grade's age with a parent, special needs under their own protection), its partners and this year's bases", async () => {
    const { rows } = await ownerQuery<{ slug: string; pupils: number; orphans: number; parents: number; supported: number; misaged: number }>(
      `select o.slug,
              (select count(*)::int from people p where p.organisation_id = o.id and p.category in ('PUPIL', 'STUDENT') and not exists (select 1 from memberships m where m.person_id = p.id)) as pupils,
              (select count(*)::int from people p where p.organisation_id = o.id and p.category in ('PUPIL', 'STUDENT') and p.birth_date is not null
                  and not exists (select 1 from person_guardians g where g.child_id = p.id)) as orphans,
              (select count(*)::int from people p where p.organisation_id = o.id and p.category = 'PARENT') as parents,
              (select count(*)::int from person_support s where s.organisation_id = o.id) as supported,
              (select count(*)::int from people p where p.organisation_id = o.id and p.class_name ~ '^[0-9]' and p.birth_date is not null
                  and extract(year from age(current_date, p.birth_date)) not between substring(p.class_name from '^[0-9]+')::int + 5
                                                                                 and substring(p.class_name from '^[0-9]+')::int + 6) as misaged
         from organisations o where o.slug like 'region-%' order by o.slug`,
    );
    for (const row of rows) {
      expect(row.pupils, row.slug).toBeGreaterThan(50);
      expect(row.orphans, row.slug).toBe(0);
      expect(row.parents, row.slug).toBeGreaterThan(40);
      expect(row.supported, row.slug).toBeGreaterThan(0);
      expect(row.misaged, row.slug).toBe(0);
    }
    const { rows: bases } = await ownerQuery<{ slug: string; mentees: number; young: number; requests: number; mentors: number; partners: number }>(
      `select o.slug,
              (select count(*)::int from mentees m where m.organisation_id = o.id) as mentees,
              (select count(*)::int from mentees m join people p on p.id = m.person_id where m.organisation_id = o.id and age(current_date, p.birth_date) < interval '10 years') as young,
              (select count(*)::int from mentee_requests r where r.organisation_id = o.id) as requests,
              (select count(*)::int from mentor_candidates c where c.organisation_id = o.id) as mentors,
              (select count(*)::int from partners p where p.organisation_id = o.id) as partners
         from organisations o where o.slug like 'region-%' order by o.slug`,
    );
    for (const row of bases) {
      expect(row.mentees, row.slug).toBeGreaterThan(10);
      expect(row.young, row.slug).toBe(0);
      expect(row.requests, row.slug).toBeGreaterThan(0);
      expect(row.mentors, row.slug).toBeGreaterThan(5);
      expect(row.partners, row.slug).toBe(2);
    }
    const [first] = rows;
    const { rows: visible } = await appRoleQuery("select count(*)::int as n from person_support", [], { "app.organisation_id": await idOf(first?.slug ?? "") });
    expect(visible[0]?.n).toBe(0);
  });

  it("numbers the signed orders by the school's pattern, a sequence per calendar year without gaps, and approves each programme by one of them", async () => {
    const { rows } = await ownerQuery<{ slug: string; number_year: number; sequences: number[]; numbers: number; last_sequence: number | null; year: number | null }>(
      `select o.slug, r.number_year, array_agg(r.sequence order by r.sequence) as sequences, count(distinct r.number)::int as numbers,
         n.last_sequence, n.year
         from orders r join organisations o on o.id = r.organisation_id left join order_numberings n on n.organisation_id = o.id
        where o.slug like 'region-%' and r.status = 'SIGNED' group by o.slug, r.number_year, n.last_sequence, n.year order by o.slug, r.number_year`,
    );
    for (const row of rows) {
      expect(row.sequences).toEqual(row.sequences.map((_, index) => index + 1));
      expect(row.numbers).toBe(row.sequences.length);
    }
    for (const slug of SLUGS) {
      const last = rows.filter((row) => row.slug === slug).at(-1);
      expect(last && [last.year, last.last_sequence]).toEqual(last && [last.number_year, last.sequences.length]);
    }
    const { rows: approvals } = await ownerQuery<{ status: string; order_status: string | null; type: string | null }>(
      `select p.status, r.status as order_status, r.type from programmes p join organisations o on o.id = p.organisation_id
         left join orders r on r.id = p.approved_by_order_id where o.slug like 'region-%' and p.status <> 'DRAFT'`,
    );
    expect(approvals.every((row) => row.order_status === "SIGNED" && row.type === "APPROVE_PROGRAMME")).toBe(true);
  });

  it("keeps row-level security: an organisation's rows are visible only under its own organisation id", async () => {
    const [first, second] = [await idOf("region-001"), await idOf("region-002")];
    const tables = ["memberships", "programmes", "roadmap_activities", "orders", "audit_events"];
    const visible = async (scope: string, of: string) =>
      Promise.all(
        tables.map(async (table) => {
          const { rows } = await appRoleQuery<{ n: number }>(`select count(*)::int as n from ${table} where organisation_id = $1`, [of], { "app.organisation_id": scope });
          return rows[0]?.n ?? 0;
        }),
      );
    expect((await visible(first, first)).every((n) => n > 0)).toBe(true);
    expect(await visible(second, first)).toEqual(tables.map(() => 0));
    expect(await visible("", second)).toEqual(tables.map(() => 0));
  });

  it("shows the region's schools on the supervisor's page, from programme_progress", async () => {
    const user = await userByEmail(DEMO_AUTHORITY.supervisor.email);
    const { rows } = await ownerQuery<{ id: string }>("select id from authorities where slug = $1", [DEMO_AUTHORITY.slug]);
    const authority = { id: rows[0]?.id ?? "", slug: DEMO_AUTHORITY.slug, name: DEMO_AUTHORITY.name, shortName: DEMO_AUTHORITY.shortName, region: DEMO_AUTHORITY.region };
    const progress = await authorityProgress({ user, authority }, schoolFilterSchema.parse({}));
    expect(progress.summary.schools).toBe(DEMO_ORGANISATIONS.length + ORGS);
    const region = progress.schools.filter((school) => school.slug.startsWith("region-"));
    expect(region.map((school) => school.slug).sort()).toEqual(SLUGS);
    const largest = region.find((school) => school.slug === "region-001")?.programme;
    expect(largest).toMatchObject({ status: "APPROVED", total: 300 });
    expect(largest?.approvedOrderNumber).toBeTruthy();
    expect(largest?.done).toBeGreaterThan(0);
  });

  it("lets the generated members sign in with the demo password, as the page benchmark does", async () => {
    expect(await authenticate({ email: "region-001.director@tandem.demo", password: DEMO_PASSWORD }, "10.9.9.9")).toMatchObject({ ok: true });
    expect(await authenticate({ email: "region-002.parent01@tandem.demo", password: DEMO_PASSWORD }, "10.9.9.9")).toMatchObject({ ok: true });
  });

  it("leaves the demo's own schools as they were", async () => {
    expect(await demoSchools()).toEqual(demoBefore);
  });

  it("adds nothing when run again", async () => {
    const before = await counts();
    expect(await generateRegion(ownerUrl(), { orgs: ORGS, seed: DEFAULT_REGION_SEED }, quiet)).toMatch(/новых организаций 0, уже были 3/);
    expect(await counts()).toEqual(before);
  });

  it("draws the same names from the same seed, and others from another", async () => {
    const { rows } = await ownerQuery<{ email: string; last_name: string; first_name: string; middle_name: string }>(
      `select u.email, u.last_name, u.first_name, u.middle_name from users u join memberships m on m.user_id = u.id join organisations o on o.id = m.organisation_id
        where o.slug = 'region-002' order by u.email`,
    );
    const { rows: organisations } = await ownerQuery<{ slug: string; short_name: string }>("select slug, short_name from organisations where slug like 'region-%' order by slug");
    const names = (seed: number) => {
      const profiles = organisationProfiles(seed, ORGS, DEMO_AUTHORITY);
      const profile = profiles[1];
      if (!profile) throw new Error("no second profile");
      const plan = organisationPlan(seed, 2, profile, todayIn("Europe/Samara"), new Date());
      return {
        organisations: profiles.map((p) => ({ slug: p.slug, short_name: p.shortName })),
        people: plan.staff.members
          .map((member) => ({ email: member.email, last_name: member.name.lastName, first_name: member.name.firstName, middle_name: member.name.middleName }))
          .sort((a, b) => (a.email < b.email ? -1 : 1)),
      };
    };
    expect(names(DEFAULT_REGION_SEED)).toEqual({ organisations, people: rows });
    expect(names(DEFAULT_REGION_SEED + 1).people).not.toEqual(rows);
  });
});
