-- CreateIndex
CREATE INDEX "audit_events_organisation_id_actor_user_id_idx" ON "audit_events"("organisation_id", "actor_user_id");

-- The current organisation once per statement, as the RLS policies read it (20261202070000).
CREATE OR REPLACE FUNCTION audit_actors(ids uuid[])
RETURNS TABLE (id uuid, last_name text, first_name text, middle_name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.last_name, u.first_name, u.middle_name, u.email
    FROM users u
   WHERE u.id = ANY (ids)
     AND EXISTS (SELECT 1 FROM audit_events a WHERE a.organisation_id = (SELECT app_organisation_id()) AND a.actor_user_id = u.id)
$$;
