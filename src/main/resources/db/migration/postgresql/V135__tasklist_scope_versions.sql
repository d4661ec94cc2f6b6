-- The Tasklist version per scope (ADR 0005, decision 6): 'global', 'g:<group>' or 'u:<user>', each spread over
-- shards like the single version before it. A stored Tasklist answer is served only while the sum over its caller's
-- scopes is the one read before it was computed. Rows only ever grow (a bump inserts or adds one), so that sum rises
-- with every commit that touches one of them. The triggers that write it need the engine's tables and are created
-- after them (tasklist/TaskVisibilityVersion); H2 has neither (nothing is cached there).
CREATE TABLE sat_tasklist_scope_version (
    scope   text   NOT NULL,
    shard   int    NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (scope, shard)
);
