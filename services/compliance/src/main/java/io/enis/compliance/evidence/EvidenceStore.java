package io.enis.compliance.evidence;

/**
 * Where uploaded evidence files are kept, by content: a file is stored under its SHA-256, so storing
 * the same bytes twice keeps one copy, and a write that the database then does not record leaves only
 * an unreferenced duplicate. The local filesystem by default ({@link LocalEvidenceStore}); S3 with
 * Object Lock in production is the follow-up ({@code EVIDENCE_BUCKET}).
 */
public interface EvidenceStore {

    /**
     * Where a file was put and until when the store guarantees it cannot be changed or deleted.
     *
     * @param retainUntilMs the retention the store enforces (S3 Object Lock), {@code null} when it enforces none
     */
    record Stored(String location, Long retainUntilMs) {}

    /**
     * Stores {@code content}, whose SHA-256 the caller has checked is {@code sha256}.
     *
     * @throws io.enis.kit.domain.UnavailableException when the store cannot be written
     */
    Stored put(String sha256, byte[] content);

    /**
     * The bytes at {@code location}.
     *
     * @throws io.enis.kit.domain.UnavailableException when the store cannot be read
     */
    byte[] get(String location);

    /** For logs and readiness: what and where the store is. */
    String describe();

    /** Readiness: the store can be written. */
    void check() throws Exception;
}
