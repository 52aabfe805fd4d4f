-- CreateEnum
CREATE TYPE "MenteeStatus" AS ENUM ('WAITING', 'PAIRED', 'SUPPORT_WITHOUT_PAIR', 'LEFT');

-- CreateEnum
CREATE TYPE "RequestSource" AS ENUM ('SELF', 'CLASS_TEACHER', 'PSYCHOLOGIST', 'PARENT', 'CURATOR');

-- CreateTable
CREATE TABLE "mentees" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "status" "MenteeStatus" NOT NULL DEFAULT 'WAITING',
    "intake" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mentees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentee_requests" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "mentee_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "details" TEXT,
    "source" "RequestSource" NOT NULL,
    "recorded_by_membership_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentee_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mentees_organisation_id_programme_id_status_idx" ON "mentees"("organisation_id", "programme_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "mentees_programme_id_person_id_key" ON "mentees"("programme_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentees_organisation_id_id_key" ON "mentees"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "mentee_requests_organisation_id_mentee_id_idx" ON "mentee_requests"("organisation_id", "mentee_id");

-- AddForeignKey
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_organisation_id_programme_id_fkey" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programmes"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_organisation_id_person_id_fkey" FOREIGN KEY ("organisation_id", "person_id") REFERENCES "people"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentee_requests" ADD CONSTRAINT "mentee_requests_organisation_id_mentee_id_fkey" FOREIGN KEY ("organisation_id", "mentee_id") REFERENCES "mentees"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A request's topic is a key of the catalogue (lib/mentees/requests.ts) and never empty.
ALTER TABLE mentee_requests ADD CONSTRAINT mentee_requests_topic_key CHECK (topic ~ '^[A-Z_]{2,40}$');

ALTER TABLE mentees ENABLE ROW LEVEL SECURITY;
ALTER TABLE mentees FORCE ROW LEVEL SECURITY;
CREATE POLICY mentees_tenant ON mentees
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

ALTER TABLE mentee_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE mentee_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY mentee_requests_tenant ON mentee_requests
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));
