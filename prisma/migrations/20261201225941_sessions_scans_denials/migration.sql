-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "ip_address" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_denial_counts" (
    "organisation_id" UUID NOT NULL,
    "actor_user_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "audit_event_id" UUID NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_denial_counts_pkey" PRIMARY KEY ("organisation_id","actor_user_id","hour")
);

-- CreateTable
CREATE TABLE "order_scans" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "attached_by_id" UUID,
    "attached_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_scans_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "access_denial_counts_audit_event_id_key" ON "access_denial_counts"("audit_event_id");

-- CreateIndex
CREATE INDEX "order_scans_order_id_attached_at_idx" ON "order_scans"("order_id", "attached_at" DESC);

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_denial_counts" ADD CONSTRAINT "access_denial_counts_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_scans" ADD CONSTRAINT "order_scans_organisation_id_order_id_fkey" FOREIGN KEY ("organisation_id", "order_id") REFERENCES "orders"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_scans" ADD CONSTRAINT "order_scans_organisation_id_file_id_fkey" FOREIGN KEY ("organisation_id", "file_id") REFERENCES "stored_files"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────── Hand-written: row-level security ─────────────────────────

-- user_sessions: a user's own browsers only (sign-in creates, each request checks, sign-out ends).
ALTER TABLE user_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY user_sessions_own ON user_sessions
  USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));
REVOKE DELETE ON user_sessions FROM tandem_app;

-- access_denial_counts: kept in the organisation that was refused, by the actor who was refused.
ALTER TABLE access_denial_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE access_denial_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY access_denial_counts_tenant ON access_denial_counts
  USING (organisation_id = (SELECT app_organisation_id()))
  WITH CHECK (organisation_id = (SELECT app_organisation_id()) AND actor_user_id = (SELECT app_user_id()));
REVOKE DELETE ON access_denial_counts FROM tandem_app;

-- order_scans: the tenant's own; a scan once attached stays in the history.
ALTER TABLE order_scans ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_scans FORCE ROW LEVEL SECURITY;
CREATE POLICY order_scans_tenant ON order_scans
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));
REVOKE UPDATE, DELETE ON order_scans FROM tandem_app;
