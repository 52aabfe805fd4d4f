-- Every request checks its session, and every page of an organisation its membership: each in
-- one statement instead of a transaction of four or five (BEGIN, the scope's settings, the
-- reads, COMMIT). The functions set the scope for their own statement and read under the
-- same row-level security as before: SECURITY INVOKER, nothing is bypassed.

-- The user of an open, unexpired session of an enabled account whose session version is the
-- cookie's; no row otherwise.
CREATE FUNCTION app_session_user(p_session uuid, p_user uuid, p_version integer)
RETURNS TABLE (id text, email text, last_name text, first_name text, middle_name text, is_platform_admin boolean)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM set_config('app.user_id', p_user::text, true);
  RETURN QUERY
    SELECT u.id::text, u.email::text, u.last_name::text, u.first_name::text, u.middle_name::text, u.is_platform_admin
      FROM user_sessions s
      JOIN users u ON u.id = s.user_id
     WHERE s.id = p_session AND s.user_id = p_user
       AND s.ended_at IS NULL AND s.expires_at > now()
       AND u.disabled_at IS NULL AND u.session_version = p_version;
END
$$;

-- The user's active membership with roles in the organisation of that slug, with the
-- organisation; no row for anyone else (the caller then records the refusal).
CREATE FUNCTION app_member_context(p_user uuid, p_slug text)
RETURNS TABLE (
  membership_id text, roles text[], class_name text, classes_led text[],
  organisation_id text, slug text, short_name text, full_name text, time_zone text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM set_config('app.user_id', p_user::text, true);
  RETURN QUERY
    SELECT m.id::text, m.roles::text[], m.class_name::text, m.classes_led::text[],
           o.id::text, o.slug::text, o.short_name::text, o.full_name::text, o.time_zone::text
      FROM memberships m
      JOIN organisations o ON o.id = m.organisation_id
     WHERE m.user_id = p_user AND m.disabled_at IS NULL AND o.slug = p_slug
       AND cardinality(m.roles) > 0
     LIMIT 1;
END
$$;

REVOKE ALL ON FUNCTION app_session_user(uuid, uuid, integer), app_member_context(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_session_user(uuid, uuid, integer), app_member_context(uuid, text) TO tandem_app;
