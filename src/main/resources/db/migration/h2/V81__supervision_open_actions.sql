-- H2 has no partial indexes; the demo database's open actions are found through (closed_at, deadline).
CREATE INDEX supervision_action_fact_open ON supervision_action_fact (closed_at, deadline);
