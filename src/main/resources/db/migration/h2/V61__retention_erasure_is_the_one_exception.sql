-- Legal holds and tombstones are append-only like the registers (a hold is lifted by a new row). The one exception
-- for the retention run's erasure is in AppendOnlyH2Trigger (the session flag @tracker_retention_erasure); ADR 0007.
CREATE TRIGGER legal_hold_append_only BEFORE UPDATE, DELETE ON legal_hold
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER retention_tombstone_append_only BEFORE UPDATE, DELETE ON retention_tombstone
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
