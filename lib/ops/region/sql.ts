import { randomUUID } from "node:crypto";
import type pg from "pg";
import { academicYearBounds, isoDay } from "@/lib/dates/calendar-date";
import { PLATFORM_ROLE } from "@/lib/db/urls";
import type { OrganisationPlan } from "@/lib/ops/region/content";
import { directorNameOf } from "@/lib/ops/region/content";
import { writeBases } from "@/lib/ops/region/bases";

/**
 * Set-based writes: each table's rows go in one statement, `INSERT … SELECT … FROM unnest(…)`,
 * one text array per column cast to the column's type (an array column travels as JSON text).
 */

/** Column → its SQL type. */
type Columns = Record<string, string>;
type Row = Record<string, unknown>;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** `SELECT <typed columns> FROM unnest($n::text[], …) AS x(…)` over the rows, with its parameters. */
function rowsSource(columns: Columns, rows: Row[], firstParameter = 1): { sql: string; params: (string | null)[][] } {
  const names = Object.keys(columns);
  const typed = names.map((name) => {
    const type = columns[name] ?? "text";
    return type.endsWith("[]") ? `array(select jsonb_array_elements_text(x.${name}::jsonb))::${type} as ${name}` : `x.${name}::${type} as ${name}`;
  });
  const unnest = names.map((_, index) => `$${firstParameter + index}::text[]`);
  return {
    sql: `select ${typed.join(", ")} from unnest(${unnest.join(", ")}) as x(${names.join(", ")})`,
    params: names.map((name) => rows.map((row) => asText(row[name]))),
  };
}

async function insertRows(client: pg.ClientBase, table: string, columns: Columns, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const source = rowsSource(columns, rows);
  const result = await client.query(`insert into ${table} (${Object.keys(columns).join(", ")}) ${source.sql}`, source.params);
  return result.rowCount ?? 0;
}

const ORGANISATION = {
  id: "uuid", slug: "text", full_name: "text", short_name: "text", kind: `"OrganisationKind"`, region: "text", municipality: "text", locality: "text",
  address: "text", website: "text", director_name: "text", founder_name: "text", time_zone: "text", authority_id: "uuid", created_at: "timestamptz", updated_at: "timestamptz",
};
const USER = { id: "uuid", email: "text", last_name: "text", first_name: "text", middle_name: "text", password_hash: "text", created_at: "timestamptz", updated_at: "timestamptz" };
const MEMBERSHIP = {
  id: "uuid", organisation_id: "uuid", user_id: "uuid", roles: `"OrganisationRole"[]`, class_name: "text", classes_led: "text[]", position: "text", created_at: "timestamptz", updated_at: "timestamptz",
};
const PERSON = {
  id: "uuid", organisation_id: "uuid", last_name: "text", first_name: "text", middle_name: "text", birth_date: "date", category: `"PersonCategory"`,
  class_name: "text", phone: "text", created_at: "timestamptz", updated_at: "timestamptz",
};
const PERSON_GUARDIAN = { id: "uuid", organisation_id: "uuid", guardian_id: "uuid", child_id: "uuid", relation: "text", created_at: "timestamptz" };
const PERSON_SUPPORT = { person_id: "uuid", organisation_id: "uuid", needs: `"SupportNeed"[]`, updated_at: "timestamptz" };
const GUARDIANSHIP = { id: "uuid", organisation_id: "uuid", parent_membership_id: "uuid", child_membership_id: "uuid", created_at: "timestamptz" };
const PROGRAMME = {
  id: "uuid", organisation_id: "uuid", title: "text", academic_year: "int", starts_on: "date", ends_on: "date", status: `"ProgrammeStatus"`, curator_membership_id: "uuid",
  mentees_per_mentor: "int", max_pair_months: "int", meeting_frequency: `"MeetingFrequency"`, template_id: "text", approved_by_order_id: "uuid", created_at: "timestamptz", updated_at: "timestamptz",
};
const PROGRAMME_FORM = { id: "uuid", organisation_id: "uuid", programme_id: "uuid", title: "text", role_models: "text[]" };
const ORDER = {
  id: "uuid", organisation_id: "uuid", type: `"OrderType"`, status: `"OrderStatus"`, title: "text", preamble: "text", points: "text[]", effect: "jsonb",
  programme_id: "uuid", drafted_by_id: "uuid", created_at: "timestamptz", updated_at: "timestamptz",
};
const APPROVAL = { id: "uuid", organisation_id: "uuid", order_id: "uuid", membership_id: "uuid", agreed_at: "timestamptz" };
const SIGNING = { id: "uuid", number: "text", sequence: "int", number_year: "int", signed_on: "date", signed_at: "timestamptz" };
const STAGE = { id: "uuid", organisation_id: "uuid", programme_id: "uuid", position: "int", title: "text", created_at: "timestamptz" };
const ACTIVITY = {
  id: "uuid", organisation_id: "uuid", programme_id: "uuid", stage_id: "uuid", position: "int", title: "text", description: "text", expected_result: "text",
  period_text: "text", period_kind: `"PeriodKind"`, starts_on: "date", ends_on: "date", responsible_text: "text", responsible_roles: `"OrganisationRole"[]`,
  status: `"ActivityStatus"`, completed_on: "date", version: "int", created_at: "timestamptz", updated_at: "timestamptz",
};
const AUDIT = { id: "uuid", organisation_id: "uuid", actor_user_id: "uuid", action: "text", entity_type: "text", entity_id: "text", details: "jsonb", ip_address: "text", created_at: "timestamptz" };

const moment = (day: string, hourUtc = 6) => new Date(`${day}T${String(hourUtc).padStart(2, "0")}:00:00Z`);

export type Written = { members: number; people: number; mentees: number; programmes: number; activities: number; signedOrders: number; auditEvents: number };

/**
 * One organisation, inside the caller's transaction, scoped to it (`app.organisation_id`) under the
 * platform role, so every row passes row-level security as the application's would.
 * Orders go in on the approval sheet and are then signed by an UPDATE, as the
 * signed-order triggers allow; roadmap rows go in last, so the triggers of programme_progress
 * see the approving orders.
 */
export async function writeOrganisation(
  client: pg.ClientBase,
  plan: OrganisationPlan,
  context: { authorityId: string; region: string; municipality: string; passwordHash: string },
): Promise<Written> {
  const { profile, staff, journal } = plan;
  const organisationId = plan.id;
  const created = plan.createdAt;
  // Not as the superuser, whom row-level security lets through unchecked: as platform administration's
  // role (the owner is a member of it in production), for which the tenant policies hold.
  await client.query(`set local role ${PLATFORM_ROLE}`);
  await client.query("select set_config('app.organisation_id', $1, true)", [organisationId]);
  await insertRows(client, "organisations", ORGANISATION, [{
    id: organisationId, slug: profile.slug, full_name: profile.fullName, short_name: profile.shortName, kind: profile.kind, region: context.region,
    municipality: context.municipality, locality: profile.locality, address: profile.address, website: profile.website, director_name: directorNameOf(plan),
    founder_name: profile.founderName,
    time_zone: "Europe/Samara", authority_id: context.authorityId, created_at: created, updated_at: created,
  }]);
  await insertRows(client, "users", USER, staff.members.map((member) => ({
    id: member.userId, email: member.email, last_name: member.name.lastName, first_name: member.name.firstName, middle_name: member.name.middleName,
    password_hash: context.passwordHash, created_at: created, updated_at: created,
  })));
  const members = await insertRows(client, "memberships", MEMBERSHIP, staff.members.map((member) => ({
    id: member.id, organisation_id: organisationId, user_id: member.userId, roles: member.roles, class_name: member.className, classes_led: member.classesLed,
    position: member.position, created_at: created, updated_at: created,
  })));
  await insertRows(client, "guardianships", GUARDIANSHIP, staff.guardianships.map((link) => ({
    id: randomUUID(), organisation_id: organisationId, parent_membership_id: link.parentId, child_membership_id: link.childId, created_at: created,
  })));

  const { classLists } = plan;
  const people = await insertRows(client, "people", PERSON, [...classLists.pupils, ...classLists.parents].map((person) => ({
    id: person.id, organisation_id: organisationId, last_name: person.name.lastName, first_name: person.name.firstName, middle_name: person.name.middleName,
    birth_date: person.birthDate, category: person.category, class_name: person.className, phone: person.phone, created_at: created, updated_at: created,
  })));
  await insertRows(client, "person_guardians", PERSON_GUARDIAN, classLists.guardians.map((link) => ({
    id: randomUUID(), organisation_id: organisationId, guardian_id: link.guardianId, child_id: link.childId, relation: link.relation, created_at: created,
  })));
  // Special needs pass row-level security only for those who work with them: written as the director.
  await client.query("select set_config('app.user_id', $1, true)", [staff.director.userId]);
  await insertRows(client, "person_support", PERSON_SUPPORT, classLists.support.map((row) => ({
    person_id: row.personId, organisation_id: organisationId, needs: row.needs, updated_at: created,
  })));

  const programmes = await insertRows(client, "programmes", PROGRAMME, plan.programmes.map((programme) => {
    const bounds = academicYearBounds(programme.academicYear);
    const at = moment(`${programme.academicYear}-08-20`);
    return {
      id: programme.id, organisation_id: organisationId, title: programme.title, academic_year: programme.academicYear, starts_on: bounds.startsOn, ends_on: bounds.endsOn,
      status: programme.status, curator_membership_id: staff.curator.id, mentees_per_mentor: 2, max_pair_months: 9, meeting_frequency: "WEEKLY",
      template_id: programme.templateId, approved_by_order_id: programme.approvedByOrderId, created_at: at, updated_at: at,
    };
  }));
  const current = plan.programmes.at(-1);
  const mentees = current ? await writeBases(client, { organisationId, programmeId: current.id, today: plan.today, seed: plan.filler.seed }) : 0;
  await insertRows(client, "programme_forms", PROGRAMME_FORM, plan.programmes.flatMap((programme) => programme.forms.map((form) => ({
    id: randomUUID(), organisation_id: organisationId, programme_id: programme.id, title: form.title, role_models: form.roleModels,
  }))));

  await insertRows(client, "orders", ORDER, journal.orders.map((order) => ({
    id: order.id, organisation_id: organisationId, type: order.type, status: order.status === "DRAFT" ? "DRAFT" : "IN_REVIEW", title: order.title, preamble: order.preamble,
    points: order.points, effect: order.effect, programme_id: order.programmeId, drafted_by_id: order.drafter.userId, created_at: moment(order.draftedOn), updated_at: moment(order.draftedOn),
  })));
  await insertRows(client, "order_approvals", APPROVAL, journal.orders.flatMap((order) => order.approvals.map((approval) => ({
    id: randomUUID(), organisation_id: organisationId, order_id: order.id, membership_id: approval.member.id, agreed_at: approval.agreedOn && moment(approval.agreedOn, 8),
  }))));
  const signing = rowsSource(SIGNING, journal.orders.flatMap((order) => (order.signed ? [{
    id: order.id, number: order.signed.number, sequence: order.signed.sequence, number_year: order.signed.year, signed_on: order.signed.signedOn, signed_at: moment(order.signed.signedOn, 10),
  }] : [])), 2);
  const signed = await client.query(
    `update orders o set status = 'SIGNED', number = s.number, sequence = s.sequence, number_year = s.number_year, signed_on = s.signed_on,
            signed_by_id = $1::uuid, signed_at = s.signed_at, version = o.version + 1, updated_at = s.signed_at
       from (${signing.sql}) s where o.id = s.id`,
    [staff.director.userId, ...signing.params],
  );
  if (journal.numbering) {
    await client.query(
      "insert into order_numberings (organisation_id, pattern, year, last_sequence, updated_at) values ($1, $2, $3, $4, now())",
      [organisationId, journal.numbering.pattern, journal.numbering.year, journal.numbering.lastSequence],
    );
  }

  await insertRows(client, "roadmap_stages", STAGE, plan.programmes.flatMap((programme) => programme.stages.map((stage) => ({
    id: stage.id, organisation_id: organisationId, programme_id: programme.id, position: stage.position, title: stage.title, created_at: moment(`${programme.academicYear}-08-20`),
  }))));
  const activities = await insertRows(client, "roadmap_activities", ACTIVITY, plan.programmes.flatMap((programme) => programme.activities.map((activity) => {
    const at = moment(`${programme.academicYear}-08-20`);
    return {
      id: activity.id, organisation_id: organisationId, programme_id: programme.id, stage_id: activity.stageId, position: activity.position, title: activity.title,
      description: activity.description, expected_result: activity.expectedResult, period_text: activity.period.periodText, period_kind: activity.period.periodKind,
      starts_on: activity.period.startsOn && isoDay(activity.period.startsOn), ends_on: activity.period.endsOn && isoDay(activity.period.endsOn),
      responsible_text: activity.responsibleText, responsible_roles: activity.responsibleRoles, status: activity.status, completed_on: activity.completedOn,
      version: activity.status === "PLANNED" ? 0 : 1, created_at: at, updated_at: at,
    };
  })));

  const events = await insertRows(client, "audit_events", AUDIT, plan.events.map((event) => ({
    id: randomUUID(), organisation_id: organisationId, actor_user_id: event.actorUserId, action: event.action, entity_type: event.entityType,
    entity_id: event.entityId, details: event.details, ip_address: null, created_at: event.at,
  })));
  // The bulk: sign-ins (three in four) and sign-outs of random members at random moments, drawn by
  // PostgreSQL's own generator seeded from the plan, so the same seed writes the same journal.
  await client.query("select setseed($1)", [plan.filler.seed]);
  const filler = await client.query(
    `insert into audit_events (id, organisation_id, actor_user_id, action, details, ip_address, created_at)
     select gen_random_uuid(), $1::uuid, m.user_id, case when r.kind < 0.75 then 'auth.sign_in' else 'auth.sign_out' end,
            jsonb_build_object('email', m.email), '10.' || (r.who % 250) || '.' || (r.who % 7) || '.' || (r.who % 200 + 20), r.at
       from (select floor(random() * $2)::int as who, random() as kind, $3::timestamptz + random() * ($4::timestamptz - $3::timestamptz) as at
               from generate_series(1, $5::int)) r
       join (select row_number() over (order by email) - 1 as n, id as user_id, email from unnest($6::uuid[], $7::text[]) as u(id, email)) m on m.n = r.who`,
    [organisationId, staff.members.length, plan.filler.from, plan.filler.to, plan.filler.count, staff.members.map((member) => member.userId), staff.members.map((member) => member.email)],
  );
  return { members, people: people + members, mentees, programmes, activities, signedOrders: signed.rowCount ?? 0, auditEvents: events + (filler.rowCount ?? 0) };
}
