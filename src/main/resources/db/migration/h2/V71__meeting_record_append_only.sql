-- Registers are the system of record: a correction is a new row, never an edit.
CREATE TRIGGER meeting_record_append_only BEFORE UPDATE, DELETE ON meeting_record
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
