-- The supervision actions' read model (ADR 0004, revised): one row per current REGISTERED row of the action tracker,
-- with its first current closure as complete and its first current escalation, corrections applied. It is kept in
-- step in the transaction of every register write (SupervisionActionFactTable, through RegisterWriter) and rebuilt
-- from the registers by POST /api/reports/supervision-actions/facts/rebuild. Not a register: rows are replaced.
-- The team is not stored: it comes from the staff directory at read time, which an import changes in place.
CREATE TABLE supervision_action_fact (
    row_id        BIGINT       NOT NULL PRIMARY KEY,
    business_key  VARCHAR(32)  NOT NULL,
    staff_id      VARCHAR(64)  NOT NULL,
    manager       VARCHAR(128),
    category      VARCHAR(40),
    deadline      DATE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    late_entry    BOOLEAN,
    closed_at     TIMESTAMP WITH TIME ZONE,
    evidence_type VARCHAR(40),
    escalated_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX supervision_action_fact_key ON supervision_action_fact (business_key);
-- opened, repeats and late entries by registered_at; due and missed by deadline; weak evidence by closed_at
-- (also "closed after the period", the second half of open and overdue); escalated by escalated_at
CREATE INDEX supervision_action_fact_registered ON supervision_action_fact (registered_at);
CREATE INDEX supervision_action_fact_deadline ON supervision_action_fact (deadline);
CREATE INDEX supervision_action_fact_closed ON supervision_action_fact (closed_at);
CREATE INDEX supervision_action_fact_escalated ON supervision_action_fact (escalated_at);
CREATE INDEX supervision_action_fact_repeat ON supervision_action_fact (staff_id, category, registered_at);

-- the actions already in the registers (the same query as SupervisionActionFactTable.SOURCE)
INSERT INTO supervision_action_fact (row_id, business_key, staff_id, manager, category, deadline, registered_at,
                                     late_entry, closed_at, evidence_type, escalated_at)
SELECT t.id, t.business_key, t.staff_id, t.manager_responsible, t.action_category, t.deadline, t.recorded_at, t.late_entry,
       (SELECT c.recorded_at FROM action_closure_log c WHERE c.business_key = t.business_key AND c.closed = TRUE
          AND NOT EXISTS (SELECT 1 FROM action_closure_log cx WHERE cx.corrects_id = c.id)
        ORDER BY c.id LIMIT 1),
       (SELECT c.evidence_type FROM action_closure_log c WHERE c.business_key = t.business_key AND c.closed = TRUE
          AND NOT EXISTS (SELECT 1 FROM action_closure_log cx WHERE cx.corrects_id = c.id)
        ORDER BY c.id LIMIT 1),
       (SELECT e.recorded_at FROM overdue_actions_register e WHERE e.business_key = t.business_key
          AND e.entry_type = 'ESCALATED'
          AND NOT EXISTS (SELECT 1 FROM overdue_actions_register ex WHERE ex.corrects_id = e.id)
        ORDER BY e.id LIMIT 1)
FROM action_tracker t
WHERE t.entry_type = 'REGISTERED'
  AND NOT EXISTS (SELECT 1 FROM action_tracker tx WHERE tx.corrects_id = t.id);
