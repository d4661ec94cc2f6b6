-- What the set-based escalated-case and probation reports need (ADR 0004, "Escalated cases and probation"): every
-- figure is a range of its own period, so each register gets an index on the date that puts a row in a period, and
-- on corrects_id, which every read uses to skip a corrected row ("NOT EXISTS a row correcting this one").

CREATE INDEX formal_escalation_tracker_corrects ON formal_escalation_tracker (corrects_id);
CREATE INDEX workforce_case_closure_register_corrects ON workforce_case_closure_register (corrects_id);
CREATE INDEX escalated_case_monitoring_log_corrects ON escalated_case_monitoring_log (corrects_id);
CREATE INDEX escalated_workforce_case_review_corrects ON escalated_workforce_case_review (corrects_id);
CREATE INDEX service_improvement_plan_corrects ON service_improvement_plan (corrects_id);
CREATE INDEX probation_action_tracker_corrects ON probation_action_tracker (corrects_id);
CREATE INDEX probation_support_log_corrects ON probation_support_log (corrects_id);
CREATE INDEX new_starter_oversight_corrects ON new_starter_oversight (corrects_id);
CREATE INDEX probation_escalation_corrects ON probation_escalation (corrects_id);

-- opened in the period; closed in the period
CREATE INDEX formal_escalation_tracker_entry_recorded ON formal_escalation_tracker (entry_type, recorded_at);
CREATE INDEX workforce_case_closure_register_recorded ON workforce_case_closure_register (recorded_at);
-- reviews due in the period
CREATE INDEX escalated_case_monitoring_log_review_due ON escalated_case_monitoring_log (review_due);
CREATE INDEX escalated_workforce_case_review_review_due ON escalated_workforce_case_review (review_due);
-- escalated to senior oversight in the period
CREATE INDEX service_improvement_plan_entry_recorded ON service_improvement_plan (entry_type, recorded_at);

-- registered, signed off (recorded) and due (deadline) in the period
CREATE INDEX probation_action_tracker_entry_recorded ON probation_action_tracker (entry_type, recorded_at);
CREATE INDEX probation_action_tracker_entry_deadline ON probation_action_tracker (entry_type, deadline);
-- mentor logs due in the period
CREATE INDEX probation_support_log_due_on ON probation_support_log (due_on);
-- escalations and early warnings in the period
CREATE INDEX new_starter_oversight_entry_recorded ON new_starter_oversight (entry_type, recorded_at);
CREATE INDEX probation_escalation_entry_recorded ON probation_escalation (entry_type, recorded_at);
