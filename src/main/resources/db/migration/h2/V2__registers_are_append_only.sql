-- Registers are the system of record: a correction is a new row, never an edit.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER evidence_file_append_only BEFORE UPDATE, DELETE ON evidence_file
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER action_tracker_append_only BEFORE UPDATE, DELETE ON action_tracker
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER action_closure_log_append_only BEFORE UPDATE, DELETE ON action_closure_log
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER overdue_actions_register_append_only BEFORE UPDATE, DELETE ON overdue_actions_register
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
