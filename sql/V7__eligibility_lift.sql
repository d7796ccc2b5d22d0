-- Eligibility: an admin lifts a member's bars (a final refusal of a document, a misuse cool-down, used
-- attempts). Everything before the latest lift no longer counts; the rows themselves are the record of who
-- lifted what and why (also in the audit log). The same script runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE eligibility_lift (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT        NOT NULL REFERENCES account (id),
    lifted_by_id BIGINT        NOT NULL REFERENCES account (id),
    note         VARCHAR(1000) NOT NULL,
    lifted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_eligibility_lift_account ON eligibility_lift (account_id, lifted_at);
