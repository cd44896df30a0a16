-- The database, not the application, makes double booking impossible: two confirmed bookings of
-- one resource can never hold overlapping periods, however many requests race. A violation raises
-- SQLSTATE 23P01, which the API answers as CONFLICT / BOOKING_OVERLAP.
-- #region exclusion-constraint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, "period" WITH &&) WHERE ("status" = 'confirmed');
-- #endregion
--> statement-breakpoint
-- The audit trail is append-only: rows can be inserted, never changed or deleted.
CREATE FUNCTION "audit_events_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_reject_change"();
