package io.enis.compliance.evidence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a piece of evidence proves, beyond the controls it supports: the requirements of the
 * certification levels (seed 000, "Niveles de Certificación"). Scans are always
 * {@link #INFRASTRUCTURE_SCAN}; uploads and links name their type or have none.
 */
public enum EvidenceType {
    /** A policy scan of our Terraform ("Security scan passed"). */
    INFRASTRUCTURE_SCAN,
    /** "Basic integration tests". */
    INTEGRATION_TESTS,
    /** "Documentation complete". */
    DOCUMENTATION,
    /** "Advanced security testing". */
    SECURITY_TESTING,
    /** "Performance optimization". */
    PERFORMANCE_OPTIMIZATION,
    /** "Load testing passed". */
    LOAD_TESTING,
    /** "Compliance validation". */
    COMPLIANCE_VALIDATION,
    /** "Disaster recovery tested". */
    DISASTER_RECOVERY_TEST,
    /** "Third-party audit". */
    THIRD_PARTY_AUDIT,
    /** "Government standards". */
    GOVERNMENT_STANDARDS,
    /** "Air-gap validation". */
    AIR_GAP_VALIDATION,
    /** "Red team testing". */
    RED_TEAM_TEST;

    /** Every label, comma-separated, for messages naming what is allowed. */
    public static final String LABELS =
            Arrays.stream(values()).map(EvidenceType::label).collect(Collectors.joining(", "));

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type labelled {@code label}; empty for anything else. */
    public static Optional<EvidenceType> parse(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }
}
