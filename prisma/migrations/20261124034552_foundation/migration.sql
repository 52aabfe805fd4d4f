-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SCHOOL', 'LYCEUM', 'GYMNASIUM', 'BOARDING_SCHOOL', 'ADDITIONAL_EDUCATION', 'COLLEGE');

-- CreateEnum
CREATE TYPE "AuthorityLevel" AS ENUM ('MUNICIPAL', 'REGIONAL');

-- CreateEnum
CREATE TYPE "OrganisationRole" AS ENUM ('DIRECTOR', 'CURATOR', 'CLASS_TEACHER', 'PSYCHOLOGIST', 'METHODIST', 'MENTOR', 'MENTEE', 'PARENT');

-- CreateTable
CREATE TABLE "authorities" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "level" "AuthorityLevel" NOT NULL,
    "region" TEXT NOT NULL,
    "municipality" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "authorities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "region" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "locality" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "website" TEXT,
    "director_name" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Moscow',
    "authority_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "phone" TEXT,
    "password_hash" TEXT,
    "is_platform_admin" BOOLEAN NOT NULL DEFAULT false,
    "disabled_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "roles" "OrganisationRole"[],
    "class_name" TEXT,
    "classes_led" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guardianships" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "parent_membership_id" UUID NOT NULL,
    "child_membership_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guardianships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "authority_memberships" (
    "id" UUID NOT NULL,
    "authority_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "authority_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "authority_id" UUID,
    "email" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "roles" "OrganisationRole"[],
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "invited_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip_address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "authorities_slug_key" ON "authorities"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations"("slug");

-- CreateIndex
CREATE INDEX "organisations_authority_id_idx" ON "organisations"("authority_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_organisation_id_user_id_key" ON "memberships"("organisation_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_organisation_id_id_key" ON "memberships"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "guardianships_organisation_id_child_membership_id_idx" ON "guardianships"("organisation_id", "child_membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "guardianships_parent_membership_id_child_membership_id_key" ON "guardianships"("parent_membership_id", "child_membership_id");

-- CreateIndex
CREATE INDEX "authority_memberships_user_id_idx" ON "authority_memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "authority_memberships_authority_id_user_id_key" ON "authority_memberships"("authority_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_organisation_id_created_at_idx" ON "invitations"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_organisation_id_created_at_idx" ON "audit_events"("organisation_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_organisation_id_action_created_at_idx" ON "audit_events"("organisation_id", "action", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_organisation_id_parent_membership_id_fkey" FOREIGN KEY ("organisation_id", "parent_membership_id") REFERENCES "memberships"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_organisation_id_child_membership_id_fkey" FOREIGN KEY ("organisation_id", "child_membership_id") REFERENCES "memberships"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_memberships" ADD CONSTRAINT "authority_memberships_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_memberships" ADD CONSTRAINT "authority_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────────────────── Hand-written: roles, row-level security, audit ─────────────────────────

-- The application's role: owns nothing, never bypasses RLS. Its LOGIN and password are set by
-- `npm run db:migrate` from DATABASE_APP_URL, so no secret lives in a migration.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
    CREATE ROLE tandem_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO tandem_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tandem_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tandem_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tandem_app;
REVOKE ALL ON TABLE "_prisma_migrations" FROM tandem_app;

-- What the current transaction is allowed to see. Values are set with set_config(..., true):
-- transaction-local, so a pooled connection carries nothing into the next request, and an
-- absent or empty value yields NULL, which matches no row.
CREATE FUNCTION app_organisation_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.organisation_id', true), '')::uuid $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_invitation_token_hash() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.invitation_token_hash', true), '') $$;
CREATE FUNCTION app_is_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on' $$;

-- organisations: the tenant root. Names and addresses are public; only the organisation
-- itself (or the platform administrator) may change its row.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
CREATE POLICY organisations_read ON organisations FOR SELECT USING (true);
CREATE POLICY organisations_create ON organisations FOR INSERT WITH CHECK (app_is_platform_admin());
CREATE POLICY organisations_change ON organisations FOR UPDATE
  USING (id = app_organisation_id() OR app_is_platform_admin())
  WITH CHECK (id = app_organisation_id() OR app_is_platform_admin());

-- memberships: a tenant's rows, plus a user's own rows in every organisation (to sign in
-- and to switch between organisations). Only the tenant's scope may write.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (organisation_id = app_organisation_id() OR user_id = app_user_id());
CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (organisation_id = app_organisation_id());
CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
CREATE POLICY memberships_delete ON memberships FOR DELETE USING (organisation_id = app_organisation_id());

ALTER TABLE guardianships ENABLE ROW LEVEL SECURITY;
ALTER TABLE guardianships FORCE ROW LEVEL SECURITY;
CREATE POLICY guardianships_tenant ON guardianships
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());

-- invitations: the tenant's own, the one whose token the visitor holds, or any for the
-- platform administrator (who invites the first director and the supervisors).
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_access ON invitations
  USING (organisation_id = app_organisation_id() OR token_hash = app_invitation_token_hash() OR app_is_platform_admin())
  WITH CHECK (organisation_id = app_organisation_id() OR token_hash = app_invitation_token_hash() OR app_is_platform_admin());

-- The visitor holds the token of an invitation addressed to this e-mail: accepting it may
-- create that person's account (or set its password), and nobody else's.
CREATE FUNCTION invitation_names_email(address text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT app_invitation_token_hash() IS NOT NULL
     AND EXISTS (SELECT 1 FROM invitations i WHERE i.token_hash = app_invitation_token_hash() AND i.email = address)
$$;

-- audit_events: append-only. Read: the tenant's own (the platform administrator: all).
-- Insert: into the current tenant, into an organisation the acting user belongs to
-- (sign-in events), or with no organisation.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_read ON audit_events FOR SELECT
  USING (organisation_id = app_organisation_id() OR app_is_platform_admin());
CREATE POLICY audit_events_append ON audit_events FOR INSERT WITH CHECK (
  organisation_id IS NULL
  OR organisation_id = app_organisation_id()
  OR app_is_platform_admin()
  OR organisation_id IN (SELECT m.organisation_id FROM memberships m WHERE m.user_id = app_user_id())
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM tandem_app;

CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();

-- users: global (one person may belong to several organisations). Anyone may look a user up
-- (sign-in, membership lists); a user changes only their own row; new accounts come from an
-- invitation addressed to that e-mail being accepted, or from the platform administrator.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT USING (true);
CREATE POLICY users_create ON users FOR INSERT
  WITH CHECK (app_is_platform_admin() OR invitation_names_email(email));
CREATE POLICY users_change ON users FOR UPDATE
  USING (id = app_user_id() OR app_is_platform_admin() OR invitation_names_email(email))
  WITH CHECK (id = app_user_id() OR app_is_platform_admin() OR invitation_names_email(email));
-- Only what a person may change about themself; the platform flag and disabling stay with the owner (CLI).
REVOKE UPDATE ON users FROM tandem_app;
GRANT UPDATE (last_name, first_name, middle_name, phone, password_hash, session_version, updated_at) ON users TO tandem_app;

ALTER TABLE authorities ENABLE ROW LEVEL SECURITY;
ALTER TABLE authorities FORCE ROW LEVEL SECURITY;
CREATE POLICY authorities_read ON authorities FOR SELECT USING (true);
CREATE POLICY authorities_create ON authorities FOR INSERT WITH CHECK (app_is_platform_admin());
CREATE POLICY authorities_change ON authorities FOR UPDATE USING (app_is_platform_admin()) WITH CHECK (app_is_platform_admin());

ALTER TABLE authority_memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_memberships_read ON authority_memberships FOR SELECT
  USING (user_id = app_user_id() OR app_is_platform_admin());
CREATE POLICY authority_memberships_create ON authority_memberships FOR INSERT
  WITH CHECK (
    app_is_platform_admin()
    OR EXISTS (
      SELECT 1 FROM invitations i JOIN users u ON u.email = i.email
       WHERE i.token_hash = app_invitation_token_hash()
         AND i.authority_id = authority_memberships.authority_id
         AND u.id = authority_memberships.user_id
    )
  );
CREATE POLICY authority_memberships_remove ON authority_memberships FOR DELETE USING (app_is_platform_admin());
