-- Repeat escalations look for a staff member's closures in the 60 days before a new case (ADR 0004, "Escalated cases
-- and probation"): one index probe per case opened in the period instead of every earlier case of that person.
CREATE INDEX workforce_case_closure_register_staff_recorded ON workforce_case_closure_register (staff_id, recorded_at);
