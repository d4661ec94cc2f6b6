-- One row per scheduled step of the application (ShedLock, ADR 0006): the node that holds a step's row until
-- lock_until is the only one running that step. Times are the database's own clock, so nodes need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
