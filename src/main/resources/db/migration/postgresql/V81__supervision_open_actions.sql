-- Open and overdue at the end of a period: the actions never closed are found through this partial index, so the
-- figure costs the open actions plus those closed since the period, not all history (ADR 0004).
CREATE INDEX supervision_action_fact_open ON supervision_action_fact (deadline) WHERE closed_at IS NULL;
