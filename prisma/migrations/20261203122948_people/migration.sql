-- CreateEnum
CREATE TYPE "PersonCategory" AS ENUM ('PUPIL', 'STUDENT', 'TEACHER', 'GRADUATE', 'PARENT', 'EMPLOYER_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "SupportNeed" AS ENUM ('DISABILITY', 'GIFTED', 'HARD_LIFE_SITUATION', 'LOW_INCOME_FAMILY', 'RURAL_AREA', 'ORPHAN');

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "person_id" UUID;

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisation_id" UUID NOT NULL,
    "last_name" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "birth_date" DATE,
    "category" "PersonCategory" NOT NULL,
    "class_name" TEXT,
    "position" TEXT,
    "workplace" TEXT,
    "experience_months" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "name_key" TEXT NOT NULL DEFAULT '',
    "left_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_guardians" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisation_id" UUID NOT NULL,
    "guardian_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "relation" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_guardians_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_support" (
    "person_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "needs" "SupportNeed"[],
    "note" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_support_pkey" PRIMARY KEY ("person_id")
);

-- CreateIndex
CREATE INDEX "people_organisation_id_last_name_first_name_idx" ON "people"("organisation_id", "last_name", "first_name");

-- CreateIndex
CREATE INDEX "people_organisation_id_name_key_idx" ON "people"("organisation_id", "name_key");

-- CreateIndex
CREATE INDEX "people_organisation_id_category_class_name_idx" ON "people"("organisation_id", "category", "class_name");

-- CreateIndex
CREATE UNIQUE INDEX "people_organisation_id_id_key" ON "people"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "person_guardians_organisation_id_child_id_idx" ON "person_guardians"("organisation_id", "child_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_guardians_guardian_id_child_id_key" ON "person_guardians"("guardian_id", "child_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_support_organisation_id_person_id_key" ON "person_support"("organisation_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_organisation_id_person_id_key" ON "memberships"("organisation_id", "person_id");


-- ─── Every member is a person (people are records first, accounts second) ───

-- ФИО as compared when looking for the same person: lower case, ё as е, single spaces
-- (lib/people/names.ts is its twin). Cyrillic is lowered by translate(), not lower(), so the
-- answer does not depend on the database's locale (lower() under LC_CTYPE=C leaves it as is).
CREATE FUNCTION person_name_key(last_name text, first_name text, middle_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    translate(lower(concat_ws(' ', last_name, first_name, middle_name)),
              'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯё', 'абвгдеежзийклмнопрстуфхцчшщъыьэюяе'),
    '\s+', ' ', 'g'))
$$;

CREATE FUNCTION people_keep_name_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_key := person_name_key(NEW.last_name, NEW.first_name, NEW.middle_name);
  RETURN NEW;
END
$$;
CREATE TRIGGER people_name_key BEFORE INSERT OR UPDATE OF last_name, first_name, middle_name ON people
  FOR EACH ROW EXECUTE FUNCTION people_keep_name_key();

-- The category a member's roles imply: a mentee is a pupil (a student in a college), a parent
-- who holds no staff role is a parent, everyone else works with the programme as staff.
CREATE FUNCTION person_category_of_roles(roles "OrganisationRole"[], kind "OrganisationKind") RETURNS "PersonCategory"
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN 'MENTEE' = ANY(roles) THEN (CASE WHEN kind = 'COLLEGE' THEN 'STUDENT' ELSE 'PUPIL' END)::"PersonCategory"
    WHEN 'PARENT' = ANY(roles) AND NOT roles && ARRAY['DIRECTOR','CURATOR','CLASS_TEACHER','PSYCHOLOGIST','METHODIST','MENTOR']::"OrganisationRole"[]
      THEN 'PARENT'::"PersonCategory"
    ELSE 'TEACHER'::"PersonCategory"
  END
$$;

-- The existing members become people with their names, class, position and contacts.
UPDATE memberships SET person_id = gen_random_uuid();
INSERT INTO people (id, organisation_id, last_name, first_name, middle_name, category, class_name, position, phone, email, created_at, updated_at)
SELECT m.person_id, m.organisation_id, u.last_name, u.first_name, u.middle_name,
       person_category_of_roles(m.roles, o.kind), m.class_name, m.position, u.phone, u.email, m.created_at, now()
  FROM memberships m
  JOIN users u ON u.id = m.user_id
  JOIN organisations o ON o.id = m.organisation_id;
ALTER TABLE memberships ALTER COLUMN person_id SET NOT NULL;

-- Guardianships between member accounts are guardianships between their people.
INSERT INTO person_guardians (organisation_id, guardian_id, child_id, created_at)
SELECT g.organisation_id, parent.person_id, child.person_id, g.created_at
  FROM guardianships g
  JOIN memberships parent ON parent.id = g.parent_membership_id
  JOIN memberships child ON child.id = g.child_membership_id
ON CONFLICT DO NOTHING;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_person_id_fkey" FOREIGN KEY ("organisation_id", "person_id") REFERENCES "people"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_guardians" ADD CONSTRAINT "person_guardians_organisation_id_guardian_id_fkey" FOREIGN KEY ("organisation_id", "guardian_id") REFERENCES "people"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_guardians" ADD CONSTRAINT "person_guardians_organisation_id_child_id_fkey" FOREIGN KEY ("organisation_id", "child_id") REFERENCES "people"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_support" ADD CONSTRAINT "person_support_organisation_id_person_id_fkey" FOREIGN KEY ("organisation_id", "person_id") REFERENCES "people"("organisation_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A membership inserted without a person (an invitation accepted, a member added) gets one:
-- the person its account is, in its organisation.
CREATE FUNCTION memberships_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind "OrganisationKind";
BEGIN
  IF NEW.person_id IS NULL THEN
    SELECT o.kind INTO kind FROM organisations o WHERE o.id = NEW.organisation_id;
    INSERT INTO people (organisation_id, last_name, first_name, middle_name, category, class_name, position, phone, email, updated_at)
    SELECT NEW.organisation_id, u.last_name, u.first_name, u.middle_name, person_category_of_roles(NEW.roles, kind),
           NEW.class_name, NEW.position, u.phone, u.email, now()
      FROM users u WHERE u.id = NEW.user_id
    RETURNING id INTO NEW.person_id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER memberships_person BEFORE INSERT ON memberships FOR EACH ROW EXECUTE FUNCTION memberships_person();

-- A guardianship between two members is also one between their people.
CREATE FUNCTION guardianships_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_guardians (organisation_id, guardian_id, child_id)
  SELECT NEW.organisation_id, parent.person_id, child.person_id
    FROM memberships parent, memberships child
   WHERE parent.id = NEW.parent_membership_id AND child.id = NEW.child_membership_id
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;
CREATE TRIGGER guardianships_people AFTER INSERT ON guardianships FOR EACH ROW EXECUTE FUNCTION guardianships_people();

-- ─── Row-level security ───

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE people FORCE ROW LEVEL SECURITY;
CREATE POLICY people_tenant ON people
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

ALTER TABLE person_guardians ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_guardians FORCE ROW LEVEL SECURITY;
CREATE POLICY person_guardians_tenant ON person_guardians
  USING (organisation_id = (SELECT app_organisation_id())) WITH CHECK (organisation_id = (SELECT app_organisation_id()));

-- Special needs are seen and changed only by the roles that work with them: the director, the
-- curator and the psychologist for everyone, a class teacher for the pupils of the classes they
-- lead. The user's roles are read from their own membership, never from a setting the
-- application could send.
CREATE FUNCTION app_sees_all_support() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM memberships m
     WHERE m.organisation_id = app_organisation_id() AND m.user_id = app_user_id() AND m.disabled_at IS NULL
       AND m.roles && ARRAY['DIRECTOR','CURATOR','PSYCHOLOGIST']::"OrganisationRole"[])
$$;
CREATE FUNCTION app_class_teacher_of(p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM memberships m JOIN people p ON p.id = p_person AND p.organisation_id = m.organisation_id
     WHERE m.organisation_id = app_organisation_id() AND m.user_id = app_user_id() AND m.disabled_at IS NULL
       AND 'CLASS_TEACHER' = ANY(m.roles) AND p.class_name = ANY(m.classes_led))
$$;

ALTER TABLE person_support ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_support FORCE ROW LEVEL SECURITY;
CREATE POLICY person_support_who_works_with_it ON person_support
  USING (organisation_id = (SELECT app_organisation_id()) AND ((SELECT app_sees_all_support()) OR app_class_teacher_of(person_id)))
  WITH CHECK (organisation_id = (SELECT app_organisation_id()) AND ((SELECT app_sees_all_support()) OR app_class_teacher_of(person_id)));
