-- Single sign-on (ADR 0009): the identity provider's account (issuer and subject) behind each Camunda user that
-- single sign-on created, written at the first sign-on. A name is never handed to a second account.
CREATE TABLE sso_identity (
    user_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    issuer    VARCHAR(255) NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    linked_at TIMESTAMP    NOT NULL,
    CONSTRAINT uq_sso_identity_account UNIQUE (issuer, subject)
);
