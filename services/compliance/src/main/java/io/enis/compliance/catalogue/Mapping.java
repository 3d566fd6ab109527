package io.enis.compliance.catalogue;

/**
 * A relation between controls of two frameworks, read "{@code from} is {@code relationship} {@code to}".
 *
 * @param strength  how close the two are, 1 (loosely related) to 10 (the same obligation), as in NIST OLIR
 * @param rationale why they are related
 */
public record Mapping(ControlRef from, ControlRef to, Relationship relationship, int strength, String rationale) {

    /**
     * True when evidence that {@code evidenceOn} is met also meets {@code other} through this mapping:
     * equal mappings both ways, a superset towards its subset.
     */
    public boolean carriesEvidence(ControlRef evidenceOn, ControlRef other) {
        if (from.equals(evidenceOn) && to.equals(other)) {
            return relationship.sourceCoversTarget();
        }
        if (to.equals(evidenceOn) && from.equals(other)) {
            return relationship.targetCoversSource();
        }
        return false;
    }

    /** The other end of this mapping seen from {@code end}. */
    public ControlRef otherEnd(ControlRef end) {
        return from.equals(end) ? to : from;
    }
}
