-- Hand-written: the platform administration role and password checks.

-- ───────────────────────── Platform administration is a role, not a setting ─────────────────────────

-- tandem_platform: the connection of the admin screens. It owns nothing and never bypasses RLS; it
-- holds exactly tandem_app's privileges (as a member of it), and app_is_platform_admin() is true
-- for it alone. tandem_app is not its member, so no statement of the application can SET ROLE to
-- it. Its LOGIN and password are set by `npm run db:migrate` (DATABASE_PLATFORM_URL), like tandem_app's.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_platform') THEN
    CREATE ROLE tandem_platform NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT;
  END IF;
  IF NOT pg_has_role('tandem_platform', 'tandem_app', 'MEMBER') THEN
    GRANT tandem_app TO tandem_platform;
  END IF;
END
$$;

-- Every policy that asks app_is_platform_admin() now asks the connected role. Superusers pass, and
-- so does a production owner granted tandem_platform (migrations, seed, CLI). Inside a SECURITY
-- DEFINER function current_user is the function's owner: keep such functions narrow.
CREATE OR REPLACE FUNCTION app_is_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT pg_has_role(current_user, 'tandem_platform', 'MEMBER') $$;

-- ───────────────────────── users: no hash readable, no flag writable ─────────────────────────

-- Column grants: every column but password_hash may be read; a new column of users must be
-- granted here by its migration. Writing password_hash stays allowed (setting a password), so do
-- INSERT and UPDATE of the personal columns; is_platform_admin and disabled_at stay with the owner.
REVOKE SELECT, INSERT, UPDATE, DELETE ON users FROM tandem_app;
GRANT SELECT (id, email, last_name, first_name, middle_name, phone, is_platform_admin, disabled_at, session_version, created_at, updated_at)
  ON users TO tandem_app;
GRANT INSERT (id, email, last_name, first_name, middle_name, phone, password_hash, created_at, updated_at) ON users TO tandem_app;
GRANT UPDATE (last_name, first_name, middle_name, phone, password_hash, session_version, updated_at) ON users TO tandem_app;

-- A user is visible only where the reader shares an organisation with them: themself, the
-- members of the current tenant, the addressee of the invitation being accepted, and platform
-- administration. (Sign-in reads nothing here: it goes through sign_in_account below.)
DROP POLICY users_read ON users;
CREATE POLICY users_read ON users FOR SELECT USING (
  id = (SELECT app_user_id())
  OR id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = (SELECT app_organisation_id()))
  OR invitation_names_email(email)
  OR (SELECT app_is_platform_admin())
);

-- ───────────────────────── Passwords are checked by the database ─────────────────────────

-- For an e-mail: the account, whether it is disabled, its session version and the PHC prefix of
-- its hash (`$argon2id$v=19$m=…,t=…,p=…$<salt>$`: parameters and salt, never the digest). An
-- unknown e-mail, or an account without a password, gets a fake prefix derived from the e-mail
-- (the same on every call, the current parameters), so the caller always spends one argon2id.
CREATE FUNCTION sign_in_account(address text)
RETURNS TABLE (account_id uuid, disabled boolean, session_version integer, hash_prefix text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id,
         coalesce(u.disabled_at IS NOT NULL, false),
         coalesce(u.session_version, 0),
         coalesce(
           substring(u.password_hash FROM '^(\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+\$)[A-Za-z0-9+/]+$'),
           '$argon2id$v=19$m=19456,t=2,p=1$'
             || rtrim(encode(substring(sha256(convert_to('tandem-no-such-account:' || a.address, 'UTF8')) FROM 1 FOR 16), 'base64'), '=')
             || '$'
         )
    FROM (SELECT address) AS a (address)
    LEFT JOIN users u ON u.email = a.address
$$;

-- Whether a candidate (argon2id of the typed password with that prefix's salt and parameters,
-- as a full PHC string) is the account's hash. Only yes or no leaves the function.
CREATE FUNCTION password_matches(address text, candidate text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT u.password_hash = candidate FROM users u WHERE u.email = address), false)
$$;

-- Whether the invitation being accepted (its token hash in app.invitation_token_hash) names an
-- account that already has a password: the acceptance page asks for that password instead.
CREATE FUNCTION invited_account_has_password() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM invitations i JOIN users u ON u.email = i.email
     WHERE i.token_hash = app_invitation_token_hash() AND u.password_hash IS NOT NULL
  )
$$;

REVOKE ALL ON FUNCTION sign_in_account(text), password_matches(text, text), invited_account_has_password() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account(text), password_matches(text, text), invited_account_has_password() TO tandem_app;

-- The journal names who acted in the current tenant, members or not (a director of another
-- school refused here, the platform administrator who sent an invitation): the names and e-mails
-- of those of `ids` who are actors of the current organisation's audit events, and nobody else.
CREATE FUNCTION audit_actors(ids uuid[])
RETURNS TABLE (id uuid, last_name text, first_name text, middle_name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.last_name, u.first_name, u.middle_name, u.email
    FROM users u
   WHERE u.id = ANY (ids)
     AND EXISTS (SELECT 1 FROM audit_events a WHERE a.organisation_id = app_organisation_id() AND a.actor_user_id = u.id)
$$;
REVOKE ALL ON FUNCTION audit_actors(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_actors(uuid[]) TO tandem_app;
