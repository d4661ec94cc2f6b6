package uk.care.tracker.tasklist;

import java.util.List;

/**
 * The PostgreSQL functions behind {@link TaskVisibilityVersion}'s triggers (ADR 0005, decision 6).
 *
 * <p>Who can see a task: in Camunda a task query shows a task only through a grant (per task, on its definition, or on
 * every task); candidate groups, candidate users and the assignee only filter among the tasks one may see. So a change
 * to a task, its candidate links or its per-task grants moves the scopes of the identities named by the task's
 * per-task grants, before and after (a grant's own row moves its identity when it is added, changed or removed).
 * Callers with wider grants sum every scope, so they need nothing here. Everything not narrowed moves {@code global}.
 *
 * <p>The scopes a transaction touches are noted in a transaction-local setting (as a text array, which quotes any
 * id safely) and added to at commit by {@code sat_tlv_flush}, once each, in scope order.
 */
final class VersionTriggers {

    private VersionTriggers() {
    }

    static List<String> functions(String prefix, int shards) {
        String authorization = prefix + "ACT_RU_AUTHORIZATION";
        String definition = prefix + "ACT_RE_PROCDEF";
        return List.of(
                // notes scopes for this transaction's flush; 'global' covers every scope, and a bulk change moves it alone
                """
                CREATE OR REPLACE FUNCTION sat_tlv_note(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                  noted text[] := coalesce(nullif(current_setting('sat.tlv_noted', true), ''), '{}')::text[];
                  fresh text[];
                BEGIN
                  IF noted = '{global}' THEN RETURN; END IF;
                  IF 'global' = ANY (scopes) OR array_position(scopes, NULL) IS NOT NULL THEN
                    PERFORM set_config('sat.tlv_noted', '{global}', true);
                    RETURN;
                  END IF;
                  fresh := ARRAY(SELECT DISTINCT s FROM unnest(scopes) s WHERE NOT s = ANY (noted));
                  IF cardinality(fresh) = 0 THEN RETURN; END IF;
                  IF cardinality(noted) + cardinality(fresh) > %d THEN
                    PERFORM set_config('sat.tlv_noted', '{global}', true);
                  ELSE
                    PERFORM set_config('sat.tlv_noted', (noted || fresh)::text, true);
                  END IF;
                END $$""".formatted(TaskVisibilityVersion.BULK_SCOPES),
                // the scope of one grant's identity; anybody ('*') or no identity at all concerns everyone
                """
                CREATE OR REPLACE FUNCTION sat_tlv_identity(user_id text, group_id text) RETURNS text LANGUAGE sql
                IMMUTABLE AS $$
                  SELECT CASE WHEN user_id = '*' THEN 'global' WHEN user_id IS NOT NULL THEN 'u:' || user_id
                              WHEN group_id IS NOT NULL THEN 'g:' || group_id ELSE 'global' END $$""",
                // who may see a task through a grant on it: every identity its per-task grants name (PL/pgSQL, which
                // keeps its plans; a SQL function called from a trigger would be planned again on every row)
                """
                CREATE OR REPLACE FUNCTION sat_tlv_who_sees(task_id text) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
                BEGIN
                  RETURN (SELECT coalesce(array_agg(sat_tlv_identity(a.USER_ID_, a.GROUP_ID_)), '{}')
                          FROM %s a WHERE a.RESOURCE_ID_ = task_id);
                END $$""".formatted(authorization),
                """
                CREATE OR REPLACE FUNCTION sat_tlv_note_global() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  PERFORM sat_tlv_note('{global}');
                  RETURN NULL;
                END $$""",
                // a task: who sees it; a case task is seen by everyone (Camunda checks no grant for it)
                """
                CREATE OR REPLACE FUNCTION sat_tlv_note_act_ru_task() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE scopes text[] := '{}';
                BEGIN
                  IF current_setting('sat.tlv_noted', true) = '{global}' THEN RETURN NULL; END IF;
                  IF TG_OP <> 'INSERT' THEN
                    IF OLD.CASE_EXECUTION_ID_ IS NOT NULL THEN scopes := scopes || 'global'::text; END IF;
                    scopes := scopes || sat_tlv_who_sees(OLD.ID_);
                  END IF;
                  IF TG_OP <> 'DELETE' THEN
                    IF NEW.CASE_EXECUTION_ID_ IS NOT NULL THEN scopes := scopes || 'global'::text; END IF;
                    -- an update keeps the id: its grants were just looked up
                    IF TG_OP = 'INSERT' OR NEW.ID_ IS DISTINCT FROM OLD.ID_ THEN
                      scopes := scopes || sat_tlv_who_sees(NEW.ID_);
                    END IF;
                  END IF;
                  PERFORM sat_tlv_note(scopes);
                  RETURN NULL;
                END $$""",
                // a candidate link: who sees its task; a link of a definition (who may start it) is not narrowed
                """
                CREATE OR REPLACE FUNCTION sat_tlv_note_act_ru_identitylink() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE scopes text[] := '{}';
                BEGIN
                  IF current_setting('sat.tlv_noted', true) = '{global}' THEN RETURN NULL; END IF;
                  IF TG_OP <> 'INSERT' THEN
                    scopes := scopes || CASE WHEN OLD.TASK_ID_ IS NULL THEN '{global}'::text[]
                                             ELSE sat_tlv_who_sees(OLD.TASK_ID_) END;
                  END IF;
                  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.TASK_ID_ IS DISTINCT FROM OLD.TASK_ID_) THEN
                    scopes := scopes || CASE WHEN NEW.TASK_ID_ IS NULL THEN '{global}'::text[]
                                             ELSE sat_tlv_who_sees(NEW.TASK_ID_) END;
                  END IF;
                  PERFORM sat_tlv_note(scopes);
                  RETURN NULL;
                END $$""",
                // a grant on one task concerns only its identity; any other grant (a definition, every task, another
                // resource: filters, users, definitions read for the HAL page) concerns everyone
                """
                CREATE OR REPLACE FUNCTION sat_tlv_grant_scope(resource_type int, resource_id text, user_id text,
                                                               group_id text) RETURNS text LANGUAGE plpgsql STABLE AS $$
                BEGIN
                  RETURN CASE WHEN resource_type = 7 AND resource_id IS NOT NULL AND resource_id <> '*'
                                   AND NOT EXISTS (SELECT 1 FROM %s d WHERE d.KEY_ = resource_id)
                              THEN sat_tlv_identity(user_id, group_id) ELSE 'global' END;
                END $$""".formatted(definition),
                """
                CREATE OR REPLACE FUNCTION sat_tlv_note_act_ru_authorization() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE scopes text[] := '{}';
                BEGIN
                  IF current_setting('sat.tlv_noted', true) = '{global}' THEN RETURN NULL; END IF;
                  IF TG_OP <> 'INSERT' THEN
                    scopes := scopes || sat_tlv_grant_scope(OLD.RESOURCE_TYPE_, OLD.RESOURCE_ID_, OLD.USER_ID_, OLD.GROUP_ID_);
                  END IF;
                  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.RESOURCE_TYPE_, NEW.RESOURCE_ID_, NEW.USER_ID_,
                      NEW.GROUP_ID_) IS DISTINCT FROM (OLD.RESOURCE_TYPE_, OLD.RESOURCE_ID_, OLD.USER_ID_, OLD.GROUP_ID_)) THEN
                    scopes := scopes || sat_tlv_grant_scope(NEW.RESOURCE_TYPE_, NEW.RESOURCE_ID_, NEW.USER_ID_, NEW.GROUP_ID_);
                  END IF;
                  PERFORM sat_tlv_note(scopes);
                  RETURN NULL;
                END $$""",
                // at commit (deferred), once per transaction: one row per noted scope, in scope order, so that two
                // committing writers lock shared rows in the same order and never wait for each other in a cycle
                """
                CREATE OR REPLACE FUNCTION sat_tlv_flush() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                  noted text[] := coalesce(nullif(current_setting('sat.tlv_noted', true), ''), '{}')::text[];
                  one text;
                BEGIN
                  IF cardinality(noted) = 0 THEN RETURN NULL; END IF;
                  PERFORM set_config('sat.tlv_noted', '{}', true);
                  FOR one IN SELECT s FROM unnest(noted) s ORDER BY s COLLATE "C" LOOP
                    UPDATE %1$s SET version = version + 1 WHERE scope = one AND shard = txid_current() %% %2$d + 1;
                    IF NOT FOUND THEN
                      INSERT INTO %1$s AS v (scope, shard, version) VALUES (one, txid_current() %% %2$d + 1, 1)
                        ON CONFLICT (scope, shard) DO UPDATE SET version = v.version + 1;
                    END IF;
                  END LOOP;
                  RETURN NULL;
                END $$""".formatted(TaskVisibilityVersion.TABLE, shards),
                // TRUNCATE has no row to defer: it moves 'global' at once
                """
                CREATE OR REPLACE FUNCTION sat_tlv_bump_global() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO %1$s AS v (scope, shard, version) VALUES ('global', txid_current() %% %2$d + 1, 1)
                    ON CONFLICT (scope, shard) DO UPDATE SET version = v.version + 1;
                  RETURN NULL;
                END $$""".formatted(TaskVisibilityVersion.TABLE, shards));
    }
}
