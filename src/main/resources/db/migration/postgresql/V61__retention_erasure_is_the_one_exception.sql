-- Registers stay append-only (V2), with one recorded exception: the retention run erases rows past their retention.
-- It does so inside one transaction in which it has set the transaction-local setting tracker.retention_erasure
-- (set_config('tracker.retention_erasure', 'on', true), gone at commit or rollback). Only DELETE is let through
-- then; an UPDATE is refused as before. See ADR 0007.
CREATE OR REPLACE FUNCTION refuse_register_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('tracker.retention_erasure', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'Register % is append-only: add a correcting row instead of changing row %', TG_TABLE_NAME, OLD.id;
END;
$$ LANGUAGE plpgsql;

-- Legal holds and tombstones are append-only too (a hold is lifted by a new row).
CREATE TRIGGER legal_hold_append_only BEFORE UPDATE OR DELETE ON legal_hold
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER retention_tombstone_append_only BEFORE UPDATE OR DELETE ON retention_tombstone
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
