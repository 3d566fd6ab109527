package io.enis.compliance.auditlog;

/**
 * The outcome of checking the audit log from its first entry.
 *
 * @param valid           true when nothing is broken
 * @param entries         entries read
 * @param digestsVerified digests whose signature, chain and covered hashes were checked
 * @param digestsSkipped  digests signed by another key than the current one (an earlier ephemeral key), not checkable
 * @param firstBroken     the first problem, {@code null} when valid
 */
public record Verification(
        boolean valid,
        long entries,
        int digestsVerified,
        int digestsSkipped,
        String verifiedAt,
        BrokenLink firstBroken) {

    /**
     * Where the chain first breaks.
     *
     * @param seq     the entry (or digest end) at fault
     * @param problem {@code missing}, {@code out-of-order}, {@code edited}, {@code truncated} or {@code digest-mismatch}
     * @param detail  what was found, for humans
     */
    public record BrokenLink(long seq, String problem, String detail) {}
}
