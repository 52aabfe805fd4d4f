-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'APPROVED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "MeetingFrequency" AS ENUM ('WEEKLY', 'BIWEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('RANGE', 'DEADLINE', 'MONTH', 'WHOLE_YEAR', 'PROGRAMME', 'UNSCHEDULED');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SIGNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderType" AS ENUM ('INTRODUCE_MODEL', 'APPROVE_PROGRAMME', 'APPOINT_CURATOR', 'APPOINT_MENTORS', 'FIX_PAIRS', 'REPLACE_MENTOR', 'FINAL_EVENT', 'REWARD');

-- CreateTable
CREATE TABLE "custom_mentoring_forms" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "role_models" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "custom_mentoring_forms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programmes" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "academic_year" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "curator_membership_id" UUID,
    "mentees_per_mentor" INTEGER NOT NULL DEFAULT 2,
    "max_pair_months" INTEGER NOT NULL DEFAULT 12,
    "meeting_frequency" "MeetingFrequency" NOT NULL DEFAULT 'WEEKLY',
    "template_id" TEXT,
    "approved_by_order_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_forms" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "role_models" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "programme_forms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_stages" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roadmap_stages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_activities" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "expected_result" TEXT,
    "period_text" TEXT NOT NULL,
    "period_kind" "PeriodKind" NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "responsible_text" TEXT NOT NULL DEFAULT '',
    "responsible_roles" "OrganisationRole"[] DEFAULT ARRAY[]::"OrganisationRole"[],
    "responsible_membership_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "completed_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roadmap_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_evidence" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "order_id" UUID,
    "file_id" UUID,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_comments" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "author_user_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "type" "OrderType" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "preamble" TEXT NOT NULL,
    "points" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "effect" JSONB NOT NULL DEFAULT '{}',
    "programme_id" UUID,
    "number" TEXT,
    "sequence" INTEGER,
    "number_year" INTEGER,
    "signed_on" DATE,
    "drafted_by_id" UUID,
    "signed_by_id" UUID,
    "signed_at" TIMESTAMPTZ(3),
    "cancelled_by_order_id" UUID,
    "scan_file_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_approvals" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "agreed_at" TIMESTAMPTZ(3),
    "comment" TEXT,

    CONSTRAINT "order_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_numberings" (
    "organisation_id" UUID NOT NULL,
    "pattern" TEXT NOT NULL DEFAULT '{n}',
    "year" INTEGER NOT NULL,
    "last_sequence" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "order_numberings_pkey" PRIMARY KEY ("organisation_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "custom_mentoring_forms_organisation_id_title_key" ON "custom_mentoring_forms"("organisation_id", "title");

-- CreateIndex
CREATE INDEX "programmes_organisation_id_academic_year_idx" ON "programmes"("organisation_id", "academic_year");

-- CreateIndex
CREATE UNIQUE INDEX "programmes_organisation_id_id_key" ON "programmes"("organisation_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_forms_programme_id_title_key" ON "programme_forms"("programme_id", "title");

-- CreateIndex
CREATE INDEX "roadmap_stages_programme_id_position_idx" ON "roadmap_stages"("programme_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "roadmap_stages_organisation_id_id_key" ON "roadmap_stages"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "roadmap_activities_programme_id_stage_id_position_idx" ON "roadmap_activities"("programme_id", "stage_id", "position");

-- CreateIndex
CREATE INDEX "roadmap_activities_organisation_id_status_ends_on_idx" ON "roadmap_activities"("organisation_id", "status", "ends_on");

-- CreateIndex
CREATE UNIQUE INDEX "roadmap_activities_organisation_id_id_key" ON "roadmap_activities"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "activity_evidence_activity_id_idx" ON "activity_evidence"("activity_id");

-- CreateIndex
CREATE INDEX "activity_comments_activity_id_created_at_idx" ON "activity_comments"("activity_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "stored_files_organisation_id_id_key" ON "stored_files"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "orders_organisation_id_status_created_at_idx" ON "orders"("organisation_id", "status", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "orders_organisation_id_id_key" ON "orders"("organisation_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_organisation_id_number_year_sequence_key" ON "orders"("organisation_id", "number_year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "orders_organisation_id_number_year_number_key" ON "orders"("organisation_id", "number_year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "order_approvals_order_id_membership_id_key" ON "order_approvals"("order_id", "membership_id");

-- AddForeignKey
ALTER TABLE "custom_mentoring_forms" ADD CONSTRAINT "custom_mentoring_forms_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_forms" ADD CONSTRAINT "programme_forms_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_stages" ADD CONSTRAINT "roadmap_stages_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_activities" ADD CONSTRAINT "roadmap_activities_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_activities" ADD CONSTRAINT "roadmap_activities_organisation_id_stage_id_fkey" FOREIGN KEY ("organisation_id", "stage_id") REFERENCES "roadmap_stages"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_organisation_id_activity_id_fkey" FOREIGN KEY ("organisation_id", "activity_id") REFERENCES "roadmap_activities"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_organisation_id_order_id_fkey" FOREIGN KEY ("organisation_id", "order_id") REFERENCES "orders"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_organisation_id_file_id_fkey" FOREIGN KEY ("organisation_id", "file_id") REFERENCES "stored_files"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_comments" ADD CONSTRAINT "activity_comments_organisation_id_activity_id_fkey" FOREIGN KEY ("organisation_id", "activity_id") REFERENCES "roadmap_activities"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_organisation_id_scan_file_id_fkey" FOREIGN KEY ("organisation_id", "scan_file_id") REFERENCES "stored_files"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_approvals" ADD CONSTRAINT "order_approvals_organisation_id_order_id_fkey" FOREIGN KEY ("organisation_id", "order_id") REFERENCES "orders"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── Hand-written: row-level security, immutability of signed orders ─────────────────────────

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'custom_mentoring_forms', 'programmes', 'programme_forms', 'roadmap_stages', 'roadmap_activities',
    'activity_evidence', 'activity_comments', 'stored_files', 'orders', 'order_approvals', 'order_numberings'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())',
      tenant_table || '_tenant', tenant_table
    );
  END LOOP;
END
$$;

-- A signed order is a legal document: nothing in it changes. Only the scan of the paper
-- original may be attached, and it may be marked cancelled by a later order.
CREATE FUNCTION orders_signed_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('SIGNED', 'CANCELLED') THEN
      RAISE EXCEPTION 'A signed order cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('SIGNED', 'CANCELLED') THEN
    IF NEW.type IS DISTINCT FROM OLD.type OR NEW.title IS DISTINCT FROM OLD.title
       OR NEW.preamble IS DISTINCT FROM OLD.preamble OR NEW.points IS DISTINCT FROM OLD.points
       OR NEW.effect IS DISTINCT FROM OLD.effect OR NEW.programme_id IS DISTINCT FROM OLD.programme_id
       OR NEW.number IS DISTINCT FROM OLD.number OR NEW.sequence IS DISTINCT FROM OLD.sequence
       OR NEW.number_year IS DISTINCT FROM OLD.number_year OR NEW.signed_on IS DISTINCT FROM OLD.signed_on
       OR NEW.signed_by_id IS DISTINCT FROM OLD.signed_by_id OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
       OR NEW.drafted_by_id IS DISTINCT FROM OLD.drafted_by_id OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
       OR (NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'SIGNED' AND NEW.status = 'CANCELLED' AND NEW.cancelled_by_order_id IS NOT NULL))
       OR (OLD.status = 'CANCELLED' AND NEW.cancelled_by_order_id IS DISTINCT FROM OLD.cancelled_by_order_id)
    THEN
      RAISE EXCEPTION 'A signed order is immutable: cancel or amend it by another order' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_signed_immutable BEFORE UPDATE OR DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_signed_are_immutable();

-- A signed order has a number, a date and a signer; a number belongs to one order only.
ALTER TABLE orders ADD CONSTRAINT orders_signed_have_number CHECK (
  status NOT IN ('SIGNED', 'CANCELLED') OR (number IS NOT NULL AND sequence IS NOT NULL AND signed_on IS NOT NULL AND signed_by_id IS NOT NULL)
);
