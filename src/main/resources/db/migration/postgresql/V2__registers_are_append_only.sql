-- Registers are the system of record: a correction is a new row, never an edit.
CREATE FUNCTION refuse_register_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Register % is append-only: add a correcting row instead of changing row %', TG_TABLE_NAME, OLD.id;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER evidence_file_append_only BEFORE UPDATE OR DELETE ON evidence_file
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER action_tracker_append_only BEFORE UPDATE OR DELETE ON action_tracker
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER action_closure_log_append_only BEFORE UPDATE OR DELETE ON action_closure_log
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER overdue_actions_register_append_only BEFORE UPDATE OR DELETE ON overdue_actions_register
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
