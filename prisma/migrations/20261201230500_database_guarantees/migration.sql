-- Hand-written: triggers and grants that protect what has legal weight (filled in by the database-guarantees work).

-- ───────────────────────── Access denials: counted, not one row per visit ─────────────────────────

-- The first denial of an actor in an organisation within an hour writes the audit event; later
-- ones only add to its count (lib/audit/denials.ts). The app role may raise the count, not rewrite the row.
REVOKE UPDATE ON access_denial_counts FROM tandem_app;
GRANT UPDATE (count, last_at) ON access_denial_counts TO tandem_app;

-- ───────────────────────── Sign-in throttle: only through these functions ─────────────────────────

-- The rules (how many failures, which window, how long a lock) are lib/auth/throttle-rules.ts:
-- the caller passes their numbers, the arithmetic below is afterFailure() of that file.
-- The app role keeps no privilege on the table, so request code cannot unlock an account.
REVOKE ALL ON sign_in_throttles FROM tandem_app;

-- Takes the counter row of a key for the rest of the transaction (creating it): attempts on
-- one key run one after another.
CREATE FUNCTION sign_in_throttle_hold(throttle_key text, at timestamptz) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO sign_in_throttles (key, failures, window_start) VALUES (throttle_key, 0, at) ON CONFLICT (key) DO NOTHING;
  PERFORM 1 FROM sign_in_throttles WHERE key = throttle_key FOR UPDATE;
END
$$;

-- The keys among those asked about that are locked at that instant.
CREATE FUNCTION sign_in_throttle_locked(throttle_keys text[], at timestamptz) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT key FROM sign_in_throttles WHERE key = ANY (throttle_keys) AND locked_until > at
$$;

-- One more failure on a key under a rule; true when this failure started a lock.
CREATE FUNCTION sign_in_throttle_fail(throttle_key text, at timestamptz, max_failures integer, window_ms bigint, lock_ms bigint)
  RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  current sign_in_throttles%ROWTYPE;
  failures_now integer;
  window_from timestamptz;
BEGIN
  IF max_failures < 1 OR window_ms <= 0 OR lock_ms <= 0 THEN
    RAISE EXCEPTION 'sign-in throttle rule out of range' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM sign_in_throttle_hold(throttle_key, at);
  SELECT * INTO current FROM sign_in_throttles WHERE key = throttle_key;
  IF at - current.window_start >= window_ms * interval '1 millisecond' THEN
    failures_now := 1;
    window_from := at;
  ELSE
    failures_now := current.failures + 1;
    window_from := current.window_start;
  END IF;
  IF NOT coalesce(current.locked_until > at, false) AND failures_now >= max_failures THEN
    UPDATE sign_in_throttles SET failures = 0, window_start = at, locked_until = at + lock_ms * interval '1 millisecond'
     WHERE key = throttle_key;
    RETURN true;
  END IF;
  UPDATE sign_in_throttles SET failures = failures_now, window_start = window_from WHERE key = throttle_key;
  RETURN false;
END
$$;

-- After a successful sign-in: clears the counter of the signed-in account only (app.user_id),
-- never another account's and never an address's.
CREATE FUNCTION sign_in_throttle_clear(throttle_key text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM sign_in_throttles
   WHERE key = throttle_key
     AND throttle_key = (SELECT 'account:' || u.email FROM users u WHERE u.id = app_user_id())
$$;

REVOKE ALL ON FUNCTION sign_in_throttle_hold(text, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION sign_in_throttle_locked(text[], timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION sign_in_throttle_fail(text, timestamptz, integer, bigint, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION sign_in_throttle_clear(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_throttle_hold(text, timestamptz) TO tandem_app;
GRANT EXECUTE ON FUNCTION sign_in_throttle_locked(text[], timestamptz) TO tandem_app;
GRANT EXECUTE ON FUNCTION sign_in_throttle_fail(text, timestamptz, integer, bigint, bigint) TO tandem_app;
GRANT EXECUTE ON FUNCTION sign_in_throttle_clear(text) TO tandem_app;

-- ───────────────────────── A signed order's approval sheet is as immutable as the order ─────────────────────────

-- Refuses any change to the approval sheet of a signed or cancelled order (and moving an
-- approval onto such an order). Cancelling an order by another one changes only orders' status
-- and cancelled_by_order_id, never the sheet, so signing a cancelling order is unaffected.
-- SECURITY DEFINER: the order's status is read whatever the caller's row-level security sees.
CREATE FUNCTION order_approvals_of_signed_are_immutable() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  before_id uuid;
  after_id uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN before_id := OLD.order_id; END IF;
  IF TG_OP <> 'DELETE' THEN after_id := NEW.order_id; END IF;
  IF EXISTS (SELECT 1 FROM orders o WHERE o.id IN (before_id, after_id) AND o.status IN ('SIGNED', 'CANCELLED')) THEN
    RAISE EXCEPTION 'The approval sheet of a signed order is immutable: % is not allowed', TG_OP
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER order_approvals_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON order_approvals
  FOR EACH ROW EXECUTE FUNCTION order_approvals_of_signed_are_immutable();

-- ───────────────────────── Scans of signed orders: every version kept ─────────────────────────

-- A stored file that is (or was) the scan of an order stays as it was uploaded.
CREATE FUNCTION stored_files_of_order_scans_are_kept() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM order_scans s WHERE s.file_id = OLD.id) OR EXISTS (SELECT 1 FROM orders o WHERE o.scan_file_id = OLD.id) THEN
    RAISE EXCEPTION 'The scan of an order is kept: % of its file is not allowed', TG_OP
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER stored_files_order_scans_kept BEFORE UPDATE OR DELETE ON stored_files
  FOR EACH ROW EXECUTE FUNCTION stored_files_of_order_scans_are_kept();

-- Scans attached before this migration enter the history, one organisation at a time under its
-- own setting (the policies apply to an owner that is not a superuser too).
DO $$
DECLARE
  tenant uuid;
BEGIN
  FOR tenant IN SELECT id FROM organisations LOOP
    PERFORM set_config('app.organisation_id', tenant::text, true);
    INSERT INTO order_scans (id, organisation_id, order_id, file_id, attached_by_id, attached_at)
    SELECT gen_random_uuid(), o.organisation_id, o.id, o.scan_file_id, f.uploaded_by_id, f.created_at
      FROM orders o JOIN stored_files f ON f.organisation_id = o.organisation_id AND f.id = o.scan_file_id
     WHERE o.organisation_id = tenant
       AND NOT EXISTS (SELECT 1 FROM order_scans s WHERE s.order_id = o.id AND s.file_id = o.scan_file_id);
  END LOOP;
  PERFORM set_config('app.organisation_id', '', true);
END
$$;
