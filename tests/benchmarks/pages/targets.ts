// What the benchmark asks for: two organisations of the same database — the smallest roadmap
// (the demo's schools) and the largest (the region's biggest school) — and each role's pages there.
import pg from "pg";
import { DEMO_AUTHORITY } from "@/prisma/demo-data";

export const ROLES = ["DIRECTOR", "CURATOR", "MENTOR", "PARENT"] as const;
export type BenchRole = (typeof ROLES)[number];

export interface Place {
  organisationId: string;
  slug: string;
  programmeId: string;
  activities: number;
  activityId: string;
  orderId: string;
  /** A pupil with a parent: the person card the benchmark opens. */
  personId: string;
  auditEvents: number;
  emails: Partial<Record<BenchRole, string>>;
}

export interface Target {
  name: string;
  role: BenchRole | "SUPERVISOR";
  path: (place: Place) => string;
  /** Exports are measured for what they do to other requests, not against the 3× rule. */
  export?: boolean;
  /** Its statements are compared between the small and the large organisation. */
  compared: boolean;
  /** Also measured at FEW_USERS users, where its p95 must stay under this many milliseconds. */
  fewUsersLimitMs?: number;
}

const school = (place: Place) => `/o/${place.slug}`;
const roadmap = (place: Place) => `${school(place)}/programmes/${place.programmeId}`;

export const BARE: Target = { name: "пустая страница организации", role: "DIRECTOR", path: (place) => `${school(place)}/bare`, compared: true };

export const TARGETS: readonly Target[] = [
  { name: "главная: директор", role: "DIRECTOR", path: school, compared: true },
  { name: "главная: куратор", role: "CURATOR", path: school, compared: true },
  { name: "главная: наставник", role: "MENTOR", path: school, compared: true },
  { name: "главная: родитель", role: "PARENT", path: school, compared: true },
  { name: "мои задачи: наставник", role: "MENTOR", path: (place) => `${school(place)}/tasks`, compared: true },
  { name: "программы", role: "CURATOR", path: (place) => `${school(place)}/programmes`, compared: true },
  { name: "дорожная карта", role: "CURATOR", path: roadmap, compared: true },
  { name: "мероприятие", role: "CURATOR", path: (place) => `${roadmap(place)}/activities/${place.activityId}`, compared: true },
  { name: "приказы", role: "DIRECTOR", path: (place) => `${school(place)}/orders`, compared: true },
  { name: "приказ", role: "DIRECTOR", path: (place) => `${school(place)}/orders/${place.orderId}`, compared: true },
  { name: "участники", role: "DIRECTOR", path: (place) => `${school(place)}/members`, compared: true },
  { name: "люди", role: "CURATOR", path: (place) => `${school(place)}/people`, compared: true },
  { name: "карточка человека", role: "CURATOR", path: (place) => `${school(place)}/people/${place.personId}`, compared: true },
  { name: "база наставляемых", role: "CURATOR", path: (place) => `${roadmap(place)}/mentees`, compared: true },
  { name: "база наставников", role: "CURATOR", path: (place) => `${roadmap(place)}/mentors`, compared: true },
  { name: "партнёры", role: "CURATOR", path: (place) => `${school(place)}/partners`, compared: true },
  { name: "журнал действий", role: "DIRECTOR", path: (place) => `${school(place)}/audit`, compared: true },
  { name: "орган управления", role: "SUPERVISOR", path: () => `/a/${DEMO_AUTHORITY.slug}`, compared: false, fewUsersLimitMs: 300 },
  { name: "дорожная карта .docx", role: "CURATOR", path: (place) => `${roadmap(place)}/export/docx`, export: true, compared: true },
  { name: "дорожная карта .xlsx", role: "CURATOR", path: (place) => `${roadmap(place)}/export/xlsx`, export: true, compared: true },
  { name: "приказ .docx", role: "DIRECTOR", path: (place) => `${school(place)}/orders/${place.orderId}/docx`, export: true, compared: true },
  { name: "люди .xlsx", role: "CURATOR", path: (place) => `${school(place)}/people/export`, export: true, compared: true },
  { name: "журнал действий .xlsx", role: "DIRECTOR", path: (place) => `${school(place)}/audit/export`, export: true, compared: true },
];

async function placeOf(client: pg.Client, row: { organisation_id: string; slug: string; programme_id: string; activities: number }): Promise<Place> {
  const one = async (sql: string, params: unknown[]) => (await client.query<{ value: string }>(sql, params)).rows[0]?.value;
  const activityId = await one("select id as value from roadmap_activities where programme_id = $1 order by position limit 1", [row.programme_id]);
  const orderId = await one("select id as value from orders where organisation_id = $1 and status = 'SIGNED' order by signed_on desc, number limit 1", [row.organisation_id]);
  const personId = await one(
    "select p.id as value from people p join person_guardians g on g.child_id = p.id where p.organisation_id = $1 order by p.last_name, p.id limit 1",
    [row.organisation_id],
  );
  const auditEvents = Number(await one("select count(*)::text as value from audit_events where organisation_id = $1", [row.organisation_id]));
  if (!activityId || !orderId || !personId) throw new Error(`bench: ${row.slug} has no activity, no signed order or no pupil with a parent`);
  const emails: Place["emails"] = {};
  for (const role of ROLES) {
    emails[role] = await one(
      `select u.email as value from memberships m join users u on u.id = m.user_id
        where m.organisation_id = $1 and $2 = any(m.roles) and m.disabled_at is null and cardinality(m.roles) = 1 order by u.email limit 1`,
      [row.organisation_id, role],
    );
  }
  return { organisationId: row.organisation_id, slug: row.slug, programmeId: row.programme_id, activities: row.activities, activityId, orderId, personId, auditEvents, emails };
}

/**
 * The organisations whose current programme has the fewest and the most activities. A completed
 * programme is left out: it is read-only, so its pages ask for less and would not compare.
 */
export async function findPlaces(ownerUrl: string): Promise<{ small: Place; large: Place }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ organisation_id: string; slug: string; programme_id: string; activities: number }>(
      `select p.organisation_id, o.slug, p.id as programme_id, count(a.id)::int as activities
         from programmes p join organisations o on o.id = p.organisation_id join roadmap_activities a on a.programme_id = p.id
        where p.status <> 'COMPLETED'
          and exists (select 1 from orders s where s.organisation_id = p.organisation_id and s.status = 'SIGNED')
        group by p.organisation_id, o.slug, p.id order by activities desc, o.slug`,
    );
    const largest = rows[0];
    const smallest = rows.findLast((row) => row.organisation_id !== largest?.organisation_id);
    if (!largest || !smallest) throw new Error("bench: the database needs two organisations with a roadmap and a signed order (the demo seed has them)");
    return { small: await placeOf(client, smallest), large: await placeOf(client, largest) };
  } finally {
    await client.end();
  }
}
