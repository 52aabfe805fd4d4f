-- audit_actors(): one index probe per asked-for user. As an EXISTS the planner merged the users
-- with every audit event of the organisation (100,000 index entries, 6–14 ms for a page of the
-- journal); a LATERAL … LIMIT 1 cannot be merged, so each user is one probe (under 1 ms).
CREATE OR REPLACE FUNCTION audit_actors(ids uuid[])
RETURNS TABLE (id uuid, last_name text, first_name text, middle_name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.last_name, u.first_name, u.middle_name, u.email
    FROM users u
   CROSS JOIN LATERAL (
     SELECT 1 FROM audit_events a
      WHERE a.organisation_id = (SELECT app_organisation_id()) AND a.actor_user_id = u.id
      LIMIT 1
   ) AS acted
   WHERE u.id = ANY (ids)
$$;
