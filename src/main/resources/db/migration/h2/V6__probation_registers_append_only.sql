-- The probation registers are append-only like every register (see V2).
CREATE TRIGGER probation_action_tracker_append_only BEFORE UPDATE, DELETE ON probation_action_tracker
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER probation_support_log_append_only BEFORE UPDATE, DELETE ON probation_support_log
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER new_starter_oversight_append_only BEFORE UPDATE, DELETE ON new_starter_oversight
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER probation_escalation_append_only BEFORE UPDATE, DELETE ON probation_escalation
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
