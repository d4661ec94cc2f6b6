-- Registers of article example 2 are append-only, like those of V2.
CREATE TRIGGER formal_escalation_tracker_append_only BEFORE UPDATE, DELETE ON formal_escalation_tracker
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER escalation_action_plan_append_only BEFORE UPDATE, DELETE ON escalation_action_plan
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER escalated_case_monitoring_log_append_only BEFORE UPDATE, DELETE ON escalated_case_monitoring_log
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER escalated_workforce_case_review_append_only BEFORE UPDATE, DELETE ON escalated_workforce_case_review
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER workforce_case_closure_register_append_only BEFORE UPDATE, DELETE ON workforce_case_closure_register
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER service_improvement_plan_append_only BEFORE UPDATE, DELETE ON service_improvement_plan
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
