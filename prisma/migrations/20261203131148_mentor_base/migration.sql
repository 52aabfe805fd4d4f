-- CreateEnum
CREATE TYPE "MentorStatus" AS ENUM ('CANDIDATE', 'SELECTED', 'REJECTED', 'APPOINTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MentorDocumentKind" AS ENUM ('NO_CRIMINAL_RECORD', 'MEDICAL');

-- CreateTable
CREATE TABLE "mentor_candidates" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "status" "MentorStatus" NOT NULL DEFAULT 'CANDIDATE',
    "experience" TEXT,
    "interests" TEXT,
    "competencies" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "age_groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "forms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hours_per_week" INTEGER,
    "applied_on" DATE,
    "questionnaire" JSONB,
    "portfolio" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mentor_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_trainings" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "course" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "completed_on" DATE,
    "certificate" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentor_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_documents" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "kind" "MentorDocumentKind" NOT NULL,
    "number" TEXT,
    "issued_on" DATE NOT NULL,
    "valid_until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentor_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mentor_candidates_organisation_id_programme_id_status_idx" ON "mentor_candidates"("organisation_id", "programme_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_candidates_programme_id_person_id_key" ON "mentor_candidates"("programme_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_candidates_organisation_id_id_key" ON "mentor_candidates"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "mentor_trainings_organisation_id_candidate_id_idx" ON "mentor_trainings"("organisation_id", "candidate_id");

-- CreateIndex
CREATE INDEX "mentor_documents_organisation_id_person_id_idx" ON "mentor_documents"("organisation_id", "person_id");

-- CreateIndex
CREATE INDEX "mentor_documents_organisation_id_valid_until_idx" ON "mentor_documents"("organisation_id", "valid_until");

-- AddForeignKey
ALTER TABLE "mentor_candidates" ADD CONSTRAINT "mentor_candidates_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_candidates" ADD CONSTRAINT "mentor_candidates_organisation_id_person_id_fkey" FOREIGN KEY ("organisation_id", "person_id") REFERENCES "people"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_organisation_id_candidate_id_fkey" FOREIGN KEY ("organisation_id", "candidate_id") REFERENCES "mentor_candidates"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_documents" ADD CONSTRAINT "mentor_documents_organisation_id_person_id_fkey" FOREIGN KEY ("organisation_id", "person_id") REFERENCES "people"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE mentor_trainings ADD CONSTRAINT mentor_trainings_hours CHECK (hours BETWEEN 1 AND 2000);
ALTER TABLE mentor_candidates ADD CONSTRAINT mentor_candidates_hours CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 40);
ALTER TABLE mentor_documents ADD CONSTRAINT mentor_documents_term CHECK (valid_until IS NULL OR valid_until >= issued_on);

ALTER TABLE mentor_candidates ENABLE ROW LEVEL SECURITY;
ALTER TABLE mentor_candidates FORCE ROW LEVEL SECURITY;
CREATE POLICY mentor_candidates_tenant ON mentor_candidates
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

ALTER TABLE mentor_trainings ENABLE ROW LEVEL SECURITY;
ALTER TABLE mentor_trainings FORCE ROW LEVEL SECURITY;
CREATE POLICY mentor_trainings_tenant ON mentor_trainings
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

ALTER TABLE mentor_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE mentor_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY mentor_documents_tenant ON mentor_documents
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));
