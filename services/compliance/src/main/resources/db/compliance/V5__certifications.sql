-- Certifications (issue 15, item 7). Version 5, not 3: leaves 3 and 4 to the parallel OSCAL work.
-- What a piece of evidence proves for the certification levels (EvidenceType); NULL: nothing in particular.
ALTER TABLE evidence ADD COLUMN evidence_type VARCHAR(40);

-- A certificate at a level for a holder, from the evidence of an audit. status is what was decided
-- (active or revoked); "expired" is read from expires_at_ms and the clock. Times are epoch milliseconds.
CREATE TABLE certifications (
    id                VARCHAR(40)   PRIMARY KEY,
    holder            VARCHAR(200)  NOT NULL,
    level             VARCHAR(30)   NOT NULL,
    audit_id          VARCHAR(40)   NOT NULL REFERENCES audits (id),
    status            VARCHAR(20)   NOT NULL,
    issued_at_ms      BIGINT        NOT NULL,
    valid_from_ms     BIGINT        NOT NULL,
    expires_at_ms     BIGINT        NOT NULL,
    renewals          INT           NOT NULL,
    requirements      TEXT          NOT NULL,
    issued_by         VARCHAR(200)  NOT NULL,
    revoked_at_ms     BIGINT,
    revoked_by        VARCHAR(200),
    revocation_reason VARCHAR(1000)
);
CREATE INDEX certifications_by_expiry ON certifications (status, expires_at_ms);

-- Each expiry warning once per validity period: (certificate, the expiry it warns of, days before).
-- sent is false for a threshold passed over because a closer one was due at the same time.
CREATE TABLE certification_warnings (
    certification_id VARCHAR(40) NOT NULL REFERENCES certifications (id),
    expires_at_ms    BIGINT      NOT NULL,
    days_before      INT         NOT NULL,
    recorded_at_ms   BIGINT      NOT NULL,
    sent             BOOLEAN     NOT NULL,
    PRIMARY KEY (certification_id, expires_at_ms, days_before)
);
