-- Frameworks imported from OSCAL catalogs and profiles (POST /v1/compliance/oscal/catalogs|profiles).
-- The framework is kept in the catalogue's own shape (catalogue/catalogue.json), with the mappings a
-- profile adds to the controls it selected from; the service adds them to the catalogue at start.
-- (V10 leaves V3..V9 to the compliance migrations written in parallel.)
CREATE TABLE oscal_imports (
    framework_id    VARCHAR(32)  PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    oscal_uuid      VARCHAR(64)  NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    document_sha256 CHAR(64)     NOT NULL,
    imported_at_ms  BIGINT       NOT NULL,
    imported_by     VARCHAR(200) NOT NULL,
    framework       TEXT         NOT NULL,
    mappings        TEXT         NOT NULL
);
