-- Escalated cases (:cases) and probation actions (:actions) spread over the same span of time ending in 2031, for
-- EscalatedCaseAndProbationBenchmark: closures, missed reviews, oversight, late and missed logs, escalations, warnings.
INSERT INTO formal_escalation_tracker (event_key, business_key, staff_id, recorded_at, entry_type, concern_type, escalated_date, target_closure_date, line_manager)
SELECT 'bench:o:' || g, 'ECB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '43 minutes'), 'OPENED',
       CASE WHEN g % 2 = 0 THEN 'CONDUCT' ELSE 'CAPABILITY' END, date '2027-01-01' + (g * 43 / 1440), date '2027-01-01' + (g * 43 / 1440) + 56, 'lm.bench.' || (g % 50)
FROM generate_series(1, :cases) g;
INSERT INTO workforce_case_closure_register (event_key, business_key, staff_id, recorded_at, case_outcome, evidence_supporting_closure, hr_pathway)
SELECT 'bench:c:' || g, 'ECB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '43 minutes') + ((30 + g % 50) * interval '1 day'), 'RESOLVED', 'x', 'NONE'
FROM generate_series(1, :cases) g WHERE g % 10 <> 0;
INSERT INTO escalated_case_monitoring_log (event_key, business_key, staff_id, recorded_at, entry_type, review_cycle, review_due, progress_rating)
SELECT 'bench:m:' || g || ':' || c, 'ECB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '43 minutes') + (7 * c * interval '1 day'),
       CASE WHEN (g + c) % 7 = 0 THEN 'MISSED_REVIEW' ELSE 'FORMAL_REVIEW' END, c, timestamptz '2027-01-01 00:00+00' + (g * 43 / 1440 + 7 * c) * interval '1 day', 2 + (g + c) % 2
FROM generate_series(1, :cases) g, generate_series(1, 6) c;
INSERT INTO escalated_workforce_case_review (event_key, business_key, staff_id, recorded_at, entry_type, review_cycle, review_due)
SELECT 'bench:r:' || g || ':' || c, 'ECB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '43 minutes') + (14 * c * interval '1 day'),
       'CASE_REVIEW', c, timestamptz '2027-01-01 00:00+00' + (g * 43 / 1440 + 14 * c) * interval '1 day'
FROM generate_series(1, :cases) g, generate_series(1, 3) c;
INSERT INTO service_improvement_plan (event_key, business_key, staff_id, recorded_at, entry_type)
SELECT 'bench:s:' || g, 'ECB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '43 minutes') + interval '20 days', 'ESCALATED_TO_SENIOR_OVERSIGHT'
FROM generate_series(1, :cases) g WHERE g % 8 = 0;
INSERT INTO probation_action_tracker (event_key, business_key, staff_id, recorded_at, entry_type, competency_area, deadline)
SELECT 'bench:p:' || g, 'PAB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '21 minutes'), 'REGISTERED',
       CASE g % 3 WHEN 0 THEN 'MEDICATION' WHEN 1 THEN 'RECORD_KEEPING' ELSE 'MOVING_AND_HANDLING' END, date '2027-01-01' + (g * 21 / 1440) + 28
FROM generate_series(1, :actions) g;
INSERT INTO probation_action_tracker (event_key, business_key, staff_id, recorded_at, entry_type, evidence_type)
SELECT 'bench:pc:' || g, 'PAB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '21 minutes') + ((20 + g % 20) * interval '1 day'), 'CLOSED',
       CASE WHEN g % 5 = 0 THEN 'STATEMENT_ONLY' ELSE 'OBSERVATION' END
FROM generate_series(1, :actions) g WHERE g % 10 <> 0;
INSERT INTO probation_support_log (event_key, business_key, staff_id, recorded_at, entry_type, support_week, due_on, submitted_late, confidence_rating, confidence_change)
SELECT 'bench:l:' || g || ':' || w, 'PAB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '21 minutes') + (7 * w * interval '1 day'),
       CASE WHEN (g + w) % 9 = 0 THEN 'MISSED' ELSE 'SUBMITTED' END, w, date '2027-01-01' + (g * 21 / 1440) + 7 * w, (g + w) % 5 = 0, 3, (g + w) % 3 - 1
FROM generate_series(1, :actions) g, generate_series(1, 4) w;
INSERT INTO probation_escalation (event_key, business_key, staff_id, recorded_at, entry_type)
SELECT 'bench:pe:' || g, 'PAB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '21 minutes') + interval '35 days', 'ESCALATED'
FROM generate_series(1, :actions) g WHERE g % 6 = 0;
INSERT INTO new_starter_oversight (event_key, business_key, staff_id, recorded_at, entry_type)
SELECT 'bench:w:' || g, 'PAB-' || g, 'SB' || (g % 3000), timestamptz '2027-01-01 09:00+00' + (g * interval '21 minutes') + interval '50 days', 'EARLY_WARNING'
FROM generate_series(1, :actions) g WHERE g % 7 = 0;
