-- CreateTable
CREATE TABLE "programme_progress" (
    "programme_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "academic_year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ProgrammeStatus" NOT NULL,
    "approved_order_number" TEXT,
    "approved_on" DATE,
    "has_curator" BOOLEAN NOT NULL,
    "activities_total" INTEGER NOT NULL,
    "activities_done" INTEGER NOT NULL,
    "open_ends" DATE[],
    "stages" JSONB NOT NULL,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "programme_progress_pkey" PRIMARY KEY ("programme_id")
);

-- CreateIndex
CREATE INDEX "programme_progress_organisation_id_academic_year_idx" ON "programme_progress"("organisation_id", "academic_year");

-- CreateIndex
CREATE UNIQUE INDEX "programme_progress_organisation_id_programme_id_key" ON "programme_progress"("organisation_id", "programme_id");

-- AddForeignKey
ALTER TABLE "programme_progress" ADD CONSTRAINT "programme_progress_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── Kept by the database, read by the authority ─────────────────────────

-- The application only reads it: the triggers below write it, as the owner.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON programme_progress FROM tandem_app;

ALTER TABLE programme_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_progress FORCE ROW LEVEL SECURITY;
-- The school itself; the supervisors of the school's authority (aggregates, never persons); the
-- platform. Written only inside the school's own transactions (the triggers run there).
CREATE POLICY programme_progress_read ON programme_progress FOR SELECT USING (
  organisation_id = (SELECT app_organisation_id())
  OR organisation_id IN (
    SELECT o.id FROM organisations o JOIN authority_memberships s ON s.authority_id = o.authority_id
     WHERE s.user_id = (SELECT app_user_id()))
  OR (SELECT app_is_platform_admin())
);
CREATE POLICY programme_progress_write ON programme_progress
  USING (organisation_id = (SELECT app_organisation_id()))
  WITH CHECK (organisation_id = (SELECT app_organisation_id()));

-- Recomputes the rows of the given programmes from the roadmap, in one set-based statement.
CREATE FUNCTION refresh_programme_progress(programme_ids uuid[]) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO programme_progress AS pp (programme_id, organisation_id, academic_year, title, status,
      approved_order_number, approved_on, has_curator, activities_total, activities_done, open_ends, stages, refreshed_at)
  SELECT p.id, p.organisation_id, p.academic_year, p.title, p.status, o.number, o.signed_on,
         p.curator_membership_id IS NOT NULL, coalesce(a.total, 0), coalesce(a.done, 0),
         coalesce(a.open_ends, '{}'), coalesce(s.stages, '[]'::jsonb), now()
    FROM programmes p
    LEFT JOIN orders o ON o.organisation_id = p.organisation_id AND o.id = p.approved_by_order_id
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ra.status <> 'CANCELLED') AS total,
             count(*) FILTER (WHERE ra.status = 'DONE') AS done,
             array_agg(ra.ends_on ORDER BY ra.ends_on) FILTER (WHERE ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.ends_on IS NOT NULL) AS open_ends
        FROM roadmap_activities ra WHERE ra.programme_id = p.id
    ) a ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('title', st.title, 'total', x.total, 'done', x.done, 'openEnds', to_jsonb(x.open_ends))
                       ORDER BY st.position) AS stages
        FROM roadmap_stages st
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE ra.status <> 'CANCELLED') AS total,
                 count(*) FILTER (WHERE ra.status = 'DONE') AS done,
                 coalesce(array_agg(ra.ends_on ORDER BY ra.ends_on) FILTER (WHERE ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.ends_on IS NOT NULL), '{}') AS open_ends
            FROM roadmap_activities ra WHERE ra.programme_id = p.id AND ra.stage_id = st.id
        ) x
       WHERE st.programme_id = p.id
    ) s ON true
   WHERE p.id = ANY(programme_ids)
  ON CONFLICT (programme_id) DO UPDATE SET
    academic_year = EXCLUDED.academic_year, title = EXCLUDED.title, status = EXCLUDED.status,
    approved_order_number = EXCLUDED.approved_order_number, approved_on = EXCLUDED.approved_on,
    has_curator = EXCLUDED.has_curator, activities_total = EXCLUDED.activities_total,
    activities_done = EXCLUDED.activities_done, open_ends = EXCLUDED.open_ends, stages = EXCLUDED.stages,
    refreshed_at = EXCLUDED.refreshed_at;
$$;
REVOKE ALL ON FUNCTION refresh_programme_progress(uuid[]) FROM PUBLIC;

-- Statement-level: a roadmap created from a template (hundreds of rows) refreshes once.
CREATE FUNCTION programme_progress_after_roadmap_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_programme_progress(ARRAY(SELECT DISTINCT programme_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_programme_progress(ARRAY(SELECT DISTINCT programme_id FROM old_rows));
  ELSE
    PERFORM refresh_programme_progress(ARRAY(SELECT programme_id FROM new_rows UNION SELECT programme_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER activities_progress_insert AFTER INSERT ON roadmap_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();
CREATE TRIGGER activities_progress_update AFTER UPDATE ON roadmap_activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();
CREATE TRIGGER activities_progress_delete AFTER DELETE ON roadmap_activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();
CREATE TRIGGER stages_progress_insert AFTER INSERT ON roadmap_stages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();
CREATE TRIGGER stages_progress_update AFTER UPDATE ON roadmap_stages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();
CREATE TRIGGER stages_progress_delete AFTER DELETE ON roadmap_stages
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION programme_progress_after_roadmap_change();

CREATE FUNCTION programme_progress_after_programme_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM refresh_programme_progress(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
CREATE TRIGGER programmes_progress AFTER INSERT OR UPDATE ON programmes
  FOR EACH ROW EXECUTE FUNCTION programme_progress_after_programme_change();

-- Programmes that exist already, one organisation at a time under its own setting.
DO $$
DECLARE
  tenant uuid;
BEGIN
  FOR tenant IN SELECT id FROM organisations LOOP
    PERFORM set_config('app.organisation_id', tenant::text, true);
    PERFORM refresh_programme_progress(ARRAY(SELECT id FROM programmes WHERE organisation_id = tenant));
  END LOOP;
  PERFORM set_config('app.organisation_id', '', true);
END
$$;
