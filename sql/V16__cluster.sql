-- cluster: what several nodes on one database share (issue 14). The same script runs on H2 (MODE=PostgreSQL)
-- and on PostgreSQL.

-- A scheduled job runs once per interval across all nodes: the node that moves held_until forward (a conditional
-- UPDATE, atomic on both databases) runs it; the others see the lease held and skip. A node killed while holding
-- the lease loses it when held_until passes, so the job is never stuck.
CREATE TABLE job_lease (
    job_name    VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The REST API's token buckets, one row per client (an API key's hash or a network address), shared by every
-- node so a client gets its limit once, not once per node. units counts 1/60,000,000,000 of a request, as the
-- in-memory bucket did (api.domain.RateLimiter); refilled_ms is when it was last taken from (epoch milliseconds).
CREATE TABLE api_rate_bucket (
    client_key   VARCHAR(200) PRIMARY KEY,
    units        BIGINT NOT NULL,
    refilled_ms  BIGINT NOT NULL
);
CREATE INDEX ix_api_rate_bucket_refilled ON api_rate_bucket (refilled_ms);
