-- Registers are the system of record: a correction is a new row, never an edit (refuse_register_change is V2's).
CREATE TRIGGER meeting_record_append_only BEFORE UPDATE OR DELETE ON meeting_record
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
