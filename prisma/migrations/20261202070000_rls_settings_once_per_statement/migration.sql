-- Row-level security policies call app_organisation_id(), app_user_id(), app_is_platform_admin()
-- and app_invitation_token_hash(). Written bare inside an OR, PostgreSQL evaluates them (and their
-- current_setting) once per row; wrapped as (SELECT app_…()) they become an InitPlan, evaluated
-- once per statement. Same meaning, measured 68 → 20 ms for a count over 100,000 audit events.
-- Every existing policy is rewritten here; tests/integration/rls.test.ts keeps new ones in this form.
DO $$
DECLARE
  p record;
  using_sql text;
  check_sql text;
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' LOOP
    using_sql := regexp_replace(p.qual, 'app_(organisation_id|user_id|is_platform_admin|invitation_token_hash)\(\)', '(SELECT app_\1())', 'g');
    check_sql := regexp_replace(p.with_check, 'app_(organisation_id|user_id|is_platform_admin|invitation_token_hash)\(\)', '(SELECT app_\1())', 'g');
    IF using_sql IS DISTINCT FROM p.qual THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename, using_sql);
    END IF;
    IF check_sql IS DISTINCT FROM p.with_check THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename, check_sql);
    END IF;
  END LOOP;
END
$$;
