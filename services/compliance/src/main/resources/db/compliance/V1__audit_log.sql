-- The tamper-evident audit log: every change, chained by SHA-256 (each entry's hash covers its
-- content and the previous entry's hash), and the signed digests over runs of entries.
-- Times are epoch milliseconds: what is hashed is exactly what is stored.
CREATE TABLE audit_log (
    seq         BIGINT       PRIMARY KEY,
    at_ms       BIGINT       NOT NULL,
    actor_id    VARCHAR(200) NOT NULL,
    actor_name  VARCHAR(200) NOT NULL,
    action      VARCHAR(100) NOT NULL,
    subject     VARCHAR(600) NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);

-- One row: the last entry. Appends lock it (SELECT ... FOR UPDATE), which orders concurrent writers.
CREATE TABLE audit_log_head (
    id   INT      PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit_log_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_log_digests (
    to_seq             BIGINT      PRIMARY KEY,
    from_seq           BIGINT      NOT NULL,
    signed_at_ms       BIGINT      NOT NULL,
    last_hash          CHAR(64)    NOT NULL,
    entries_sha256     CHAR(64)    NOT NULL,
    previous_signature TEXT,
    key_id             VARCHAR(64) NOT NULL,
    signature          TEXT        NOT NULL
);
