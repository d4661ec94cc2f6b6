-- Seeds open user tasks for scripts/benchmark-tasklist (PostgreSQL only; never run against a real installation).
-- Run after the application has started once on the database, so the engine's schema, the deployed process
-- definitions, the groups, grants and filters exist. Each seeded task gets the rows the engine writes for a user task
-- reached by a process instance: the instance's execution, the task, a 'candidate' identity link for a candidate
-- group, and one authorization row per candidate group or assignee with the permissions of
-- default-user-permission-name-for-task (READ | TASK_WORK = 16386), exactly as the real rows next to them.
-- Variables are not copied: neither the filters nor the counts read them.
-- psql variable: target (total open tasks wanted, default 50000). Seeded rows are marked with business keys BT-...
\set ON_ERROR_STOP on
\if :{?target}
\else
\set target 50000
\endif

BEGIN;

-- the mix of open tasks: one line per user task of the three workflows (processes/*.bpmn), with its candidate group
-- or its assignee, and its share in thousandths; registered-managers hold about half, as in the issue's measurement
CREATE TEMP TABLE seed_mix (proc_key text, task_key text, task_name text, grp text, assignee text, share int);
INSERT INTO seed_mix VALUES
  ('supervision-action', 'Task_DeputyVerification',      'Verify the action',               'deputy-managers',     NULL,            100),
  ('supervision-action', 'Task_FollowUpCheck',           'Follow-up check',                 NULL,                  'line.manager',   70),
  ('supervision-action', 'Task_FollowUpCheck',           'Follow-up check',                 NULL,                  'line.manager2',  50),
  ('supervision-action', 'Task_OverdueReview',           'Review overdue action',           'registered-managers', NULL,            340),
  ('supervision-action', 'Task_AssignRemedialOwnership', 'Assign remedial ownership',       'registered-managers', NULL,             20),
  ('supervision-action', 'Task_RewordAction',            'Reword the action',               NULL,                  'line.manager',   20),
  ('escalated-case',     'Task_ActionPlan',              'Write the action plan',           NULL,                  'line.manager',   30),
  ('escalated-case',     'Task_StaffAcknowledgement',    'Staff acknowledgement',           NULL,                  'line.manager2',  10),
  ('escalated-case',     'Task_MonitoringCheck',         'Monitoring check',                'deputy-managers',     NULL,             60),
  ('escalated-case',     'Task_MonitoringReview',        'Monitoring review',               'deputy-managers',     NULL,             20),
  ('escalated-case',     'Task_CaseReview',              'Case review',                     'registered-managers', NULL,             60),
  ('escalated-case',     'Task_HrCloseOrAdvance',        'Close or advance',                'hr-leads',            NULL,             10),
  ('escalated-case',     'Task_SeniorOversightReview',   'Senior oversight review',         'senior-leaders',      NULL,             10),
  ('probation-action',   'Task_MentorSupportLog',        'Weekly mentor support log',       NULL,                  'mentor',         60),
  ('probation-action',   'Task_DeputyVerification',      'Verify the probation action',     'deputy-managers',     NULL,             40),
  ('probation-action',   'Task_EarlyWarningReview',      'Week-12 early warning review',    'registered-managers', NULL,             60),
  ('probation-action',   'Task_ProbationEscalation',     'Probation escalation',            'registered-managers', NULL,             20),
  ('probation-action',   'Task_EnhancedOversightReview', 'Enhanced oversight review',       'registered-managers', NULL,             20);

-- how many tasks each line gets, for the tasks still missing
CREATE TEMP TABLE seed_plan AS
SELECT m.*, d.id_ AS proc_def_id,
       (GREATEST(:target - (SELECT count(*) FROM act_ru_task), 0) * m.share / (SELECT sum(share) FROM seed_mix))::int AS n
FROM seed_mix m
JOIN LATERAL (SELECT id_ FROM act_re_procdef p WHERE p.key_ = m.proc_key ORDER BY version_ DESC LIMIT 1) d ON true;

CREATE TEMP TABLE seed_task AS
SELECT gen_random_uuid()::text AS task_id, gen_random_uuid()::text AS inst_id, p.*, g AS nr,
       row_number() OVER () AS seq
FROM seed_plan p, generate_series(1, p.n) g;

-- the process instance (its root execution, waiting in the user task, as the engine leaves a single-scope instance)
INSERT INTO act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_, proc_def_id_,
                              super_exec_, super_case_exec_, case_inst_id_, act_id_, act_inst_id_, is_active_,
                              is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
                              sequence_counter_, tenant_id_, proc_def_key_)
SELECT inst_id, 1, inst_id, inst_id, 'BT-' || lpad(seq::text, 7, '0'), NULL, proc_def_id, NULL, NULL, NULL, task_key,
       gen_random_uuid()::text, true, false, true, false, 1, 0, 2, NULL, proc_key
FROM seed_task;

INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
                         priority_, create_time_, last_updated_, due_date_, suspension_state_, task_state_)
SELECT task_id, 1, inst_id, inst_id, proc_def_id, task_name, task_key, assignee, 50,
       now() - (seq % 90) * interval '1 day', NULL,
       -- beyond the reminder scan's look-ahead, so the seeded tasks send no mail
       now() + interval '30 days' + (seq % 60) * interval '1 day', 1, 'Created'
FROM seed_task;

INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
SELECT gen_random_uuid()::text, 1, grp, 'candidate', NULL, task_id, NULL, NULL
FROM seed_task WHERE grp IS NOT NULL;

-- default-user-permission-name-for-task: TASK_WORK, i.e. READ (2) | TASK_WORK (16384), resource type TASK (7)
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
SELECT gen_random_uuid()::text, 1, 1, grp, assignee, 7, task_id, 16386
FROM seed_task;

COMMIT;

ANALYZE act_ru_execution;
ANALYZE act_ru_task;
ANALYZE act_ru_identitylink;
ANALYZE act_ru_authorization;

SELECT d.key_ AS process, count(*) AS open_tasks FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_
GROUP BY 1 ORDER BY 1;
SELECT count(*) AS task_authorizations FROM act_ru_authorization WHERE resource_type_ = 7;
