-- The probation registers are append-only like every register (refuse_register_change() is created in V2).
CREATE TRIGGER probation_action_tracker_append_only BEFORE UPDATE OR DELETE ON probation_action_tracker
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER probation_support_log_append_only BEFORE UPDATE OR DELETE ON probation_support_log
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER new_starter_oversight_append_only BEFORE UPDATE OR DELETE ON new_starter_oversight
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER probation_escalation_append_only BEFORE UPDATE OR DELETE ON probation_escalation
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
