-- What the set-based supervision reports need (ADR 0004): every figure is a range of its own period over the
-- current rows, so each register gets an index on the date that puts a row in a period, and on corrects_id, which
-- every read uses to skip a corrected row ("NOT EXISTS a row correcting this one").

-- the current rows: one probe per candidate row instead of a scan of the register
CREATE INDEX action_tracker_corrects ON action_tracker (corrects_id);
CREATE INDEX action_closure_log_corrects ON action_closure_log (corrects_id);
CREATE INDEX overdue_actions_register_corrects ON overdue_actions_register (corrects_id);

-- opened (recorded in the period) and due (deadline in the period)
CREATE INDEX action_tracker_entry_recorded ON action_tracker (entry_type, recorded_at);
CREATE INDEX action_tracker_entry_deadline ON action_tracker (entry_type, deadline);
-- repeats carried forward: the same staff member and category in the 90 days before
CREATE INDEX action_tracker_staff_category ON action_tracker (staff_id, action_category, recorded_at);

-- closed on a statement alone in the period; escalated in the period
CREATE INDEX action_closure_log_recorded ON action_closure_log (recorded_at);
CREATE INDEX overdue_actions_register_recorded ON overdue_actions_register (recorded_at);
