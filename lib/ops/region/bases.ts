import type pg from "pg";
import { REQUEST_TOPIC_KEYS } from "@/lib/mentees/catalogue";
import { MENTEE_MIN_AGE } from "@/lib/people/age";
import { academicYearStartOf } from "@/lib/dates/calendar-date";

/**
 * A generated school's social partners and this year's bases: about a third of its pupils of
 * mentee age in the base of mentees (most with a request), its mentors' people and a partner's
 * representatives in the base of mentors. Set-based, drawn by PostgreSQL's generator seeded from
 * the plan, so the same seed writes the same bases. Runs in the organisation's scope.
 */
export async function writeBases(client: pg.ClientBase, input: { organisationId: string; programmeId: string; today: string; seed: number }): Promise<number> {
  const { organisationId, programmeId, today } = input;
  await client.query("select setseed($1)", [input.seed]);
  await client.query(
    `insert into partners (id, organisation_id, name, kind, contact_name, updated_at)
     values (gen_random_uuid(), $1, 'ООО «Берёзовский машиностроительный завод»', 'EMPLOYER', 'Отдел кадров', now()),
            (gen_random_uuid(), $1, 'ГБПОУ «Берёзовский политехнический колледж»', 'EDUCATION', 'Заместитель директора по УВР', now())`,
    [organisationId],
  );
  await client.query(
    `insert into partner_agreements (id, organisation_id, partner_id, number, signed_on, valid_from, valid_until, subject)
     select gen_random_uuid(), $1, p.id, row_number() over (order by p.name) || '/' || $2::int,
            make_date($2::int, 8, 20), make_date($2::int, 9, 1), null, 'О сотрудничестве в реализации программы наставничества'
       from partners p where p.organisation_id = $1`,
    [organisationId, academicYearStartOf(today)],
  );
  const mentees = await client.query(
    `insert into mentees (id, organisation_id, programme_id, person_id, status, updated_at)
     select gen_random_uuid(), $1, $2, p.id, case when random() < 0.1 then 'SUPPORT_WITHOUT_PAIR'::"MenteeStatus" else 'WAITING'::"MenteeStatus" end, now()
       from (select id from people
              where organisation_id = $1 and category in ('PUPIL', 'STUDENT') and birth_date <= $3::date - make_interval(years => $4)
              order by last_name, first_name, birth_date) p
      where random() < 0.35`,
    [organisationId, programmeId, today, MENTEE_MIN_AGE],
  );
  await client.query(
    `insert into mentee_requests (id, organisation_id, mentee_id, topic, source)
     select gen_random_uuid(), $1, m.id, ($2::text[])[1 + floor(random() * (array_length($2::text[], 1) - 1))::int],
            (array['SELF', 'CLASS_TEACHER', 'PSYCHOLOGIST', 'PARENT', 'CURATOR']::"RequestSource"[])[1 + floor(random() * 5)::int]
       from (select m.id from mentees m join people p on p.id = m.person_id where m.programme_id = $3 order by p.last_name, p.first_name) m
      where random() < 0.85`,
    [organisationId, REQUEST_TOPIC_KEYS.filter((topic) => topic !== "OTHER"), programmeId],
  );
  await client.query(
    `insert into mentor_candidates (id, organisation_id, programme_id, person_id, competencies, hours_per_week, updated_at)
     select gen_random_uuid(), $1, $2, m.person_id, array['наставничество'], 2, now()
       from memberships m where m.organisation_id = $1 and 'MENTOR' = any(m.roles)`,
    [organisationId, programmeId],
  );
  return mentees.rowCount ?? 0;
}
