-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('EMPLOYER', 'EDUCATION', 'NONPROFIT', 'PUBLIC_BODY', 'OTHER');

-- AlterTable
ALTER TABLE "people" ADD COLUMN     "partner_id" UUID;

-- CreateTable
CREATE TABLE "partners" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "contact_name" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_agreements" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "subject" TEXT,
    "file_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_agreements_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "partners_organisation_id_id_key" ON "partners"("organisation_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "partners_organisation_id_name_key" ON "partners"("organisation_id", "name");

-- CreateIndex
CREATE INDEX "partner_agreements_organisation_id_partner_id_idx" ON "partner_agreements"("organisation_id", "partner_id");

-- CreateIndex
CREATE INDEX "people_organisation_id_partner_id_idx" ON "people"("organisation_id", "partner_id");

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_partner_id_fkey" FOREIGN KEY ("organisation_id", "partner_id") REFERENCES "partners"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partners" ADD CONSTRAINT "partners_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_organisation_id_partner_id_fkey" FOREIGN KEY ("organisation_id", "partner_id") REFERENCES "partners"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_organisation_id_file_id_fkey" FOREIGN KEY ("organisation_id", "file_id") REFERENCES "stored_files"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An agreement's term cannot end before it starts. It may start before the date of signing:
-- schools often sign after the work has begun.
ALTER TABLE partner_agreements ADD CONSTRAINT partner_agreements_term CHECK (valid_until IS NULL OR valid_until >= valid_from);

ALTER TABLE partners ENABLE ROW LEVEL SECURITY;
ALTER TABLE partners FORCE ROW LEVEL SECURITY;
CREATE POLICY partners_tenant ON partners
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

ALTER TABLE partner_agreements ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_agreements FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_agreements_tenant ON partner_agreements
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));
