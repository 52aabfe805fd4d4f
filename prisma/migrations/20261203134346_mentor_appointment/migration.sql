-- AlterTable
ALTER TABLE "mentor_candidates" ADD COLUMN     "appointed_by_order_id" UUID,
ADD COLUMN     "decided_on" DATE,
ADD COLUMN     "decision_note" TEXT;

-- AddForeignKey
ALTER TABLE "mentor_candidates" ADD CONSTRAINT "mentor_candidates_organisation_id_appointed_by_order_id_fkey" FOREIGN KEY ("organisation_id", "appointed_by_order_id") REFERENCES "orders"("organisation_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A mentor enters the registry only by a signed order «о назначении наставников»: the status and
-- the order go together, and the order must be a signed one of that type in the same organisation.
ALTER TABLE mentor_candidates ADD CONSTRAINT mentor_candidates_appointed_by_order CHECK ((status = 'APPOINTED') = (appointed_by_order_id IS NOT NULL));

CREATE FUNCTION mentor_candidates_appointed_by_signed_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.appointed_by_order_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.appointed_by_order_id IS DISTINCT FROM OLD.appointed_by_order_id)
     AND NOT EXISTS (
       SELECT 1 FROM orders o
        WHERE o.organisation_id = NEW.organisation_id AND o.id = NEW.appointed_by_order_id
          AND o.status = 'SIGNED' AND o.type = 'APPOINT_MENTORS') THEN
    RAISE EXCEPTION 'a mentor is appointed only by a signed order on appointing mentors' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER mentor_candidates_appointed_by_signed_order BEFORE INSERT OR UPDATE OF appointed_by_order_id, status ON mentor_candidates
  FOR EACH ROW EXECUTE FUNCTION mentor_candidates_appointed_by_signed_order();
