-- Issue 11: a weekly review or log not done by the end of its due day is recorded as missed at that moment, in the
-- register of the review it replaces (SPEC section 3). Columns only; the append-only triggers stay as they are.

-- A mentor's weekly log never submitted: entry_type MISSED with the week and its due day, and nothing logged.
-- Rows written before this migration are logs (entry_type empty); new ones say LOG or MISSED.
ALTER TABLE probation_support_log ADD COLUMN entry_type VARCHAR(32);
ALTER TABLE probation_support_log ALTER COLUMN support_sessions_completed DROP NOT NULL;
ALTER TABLE probation_support_log ALTER COLUMN competency_area_practised DROP NOT NULL;
ALTER TABLE probation_support_log ALTER COLUMN confidence_rating DROP NOT NULL;
ALTER TABLE probation_support_log ALTER COLUMN support_notes DROP NOT NULL;

-- The Registered Manager's weekly overdue review: the day each review was due, for a done and a missed one alike.
ALTER TABLE overdue_actions_register ADD COLUMN review_due DATE;
