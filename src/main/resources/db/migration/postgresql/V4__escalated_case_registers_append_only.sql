-- Registers of article example 2 are append-only, like those of V2.
CREATE TRIGGER formal_escalation_tracker_append_only BEFORE UPDATE OR DELETE ON formal_escalation_tracker
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER escalation_action_plan_append_only BEFORE UPDATE OR DELETE ON escalation_action_plan
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER escalated_case_monitoring_log_append_only BEFORE UPDATE OR DELETE ON escalated_case_monitoring_log
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER escalated_workforce_case_review_append_only BEFORE UPDATE OR DELETE ON escalated_workforce_case_review
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER workforce_case_closure_register_append_only BEFORE UPDATE OR DELETE ON workforce_case_closure_register
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER service_improvement_plan_append_only BEFORE UPDATE OR DELETE ON service_improvement_plan
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
