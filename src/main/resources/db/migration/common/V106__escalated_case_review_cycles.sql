-- The escalated-case reports look each review cycle up by case and cycle (ADR 0004, "Escalated cases and probation"):
-- the first current row of the cycle gives its due time, the first that is not a missed review its completion.
CREATE INDEX escalated_case_monitoring_log_cycle ON escalated_case_monitoring_log (business_key, review_cycle, id);
CREATE INDEX escalated_workforce_case_review_cycle ON escalated_workforce_case_review (business_key, review_cycle, id);
