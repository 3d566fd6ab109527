package io.enis.compliance.certifications;

import static io.enis.compliance.evidence.EvidenceType.AIR_GAP_VALIDATION;
import static io.enis.compliance.evidence.EvidenceType.COMPLIANCE_VALIDATION;
import static io.enis.compliance.evidence.EvidenceType.DISASTER_RECOVERY_TEST;
import static io.enis.compliance.evidence.EvidenceType.DOCUMENTATION;
import static io.enis.compliance.evidence.EvidenceType.GOVERNMENT_STANDARDS;
import static io.enis.compliance.evidence.EvidenceType.INFRASTRUCTURE_SCAN;
import static io.enis.compliance.evidence.EvidenceType.INTEGRATION_TESTS;
import static io.enis.compliance.evidence.EvidenceType.LOAD_TESTING;
import static io.enis.compliance.evidence.EvidenceType.PERFORMANCE_OPTIMIZATION;
import static io.enis.compliance.evidence.EvidenceType.RED_TEAM_TEST;
import static io.enis.compliance.evidence.EvidenceType.SECURITY_TESTING;
import static io.enis.compliance.evidence.EvidenceType.THIRD_PARTY_AUDIT;

import com.fasterxml.jackson.annotation.JsonValue;
import io.enis.compliance.evidence.EvidenceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The certification levels of seed 000 ("Niveles de Certificación"), each valid for its number of
 * years and requiring the evidence types it lists plus every lower level's: a professional
 * certificate needs the basic requirements too.
 */
public enum CertificationLevel {
    /** 1 year: the latest infrastructure scan without high or critical findings, integration tests, documentation. */
    BASIC(1, List.of(INFRASTRUCTURE_SCAN, INTEGRATION_TESTS, DOCUMENTATION)),
    /** 2 years: advanced security testing, performance optimization, load testing. */
    PROFESSIONAL(2, List.of(SECURITY_TESTING, PERFORMANCE_OPTIMIZATION, LOAD_TESTING)),
    /** 3 years: compliance validation, a disaster-recovery test, a third-party audit. */
    ENTERPRISE(3, List.of(COMPLIANCE_VALIDATION, DISASTER_RECOVERY_TEST, THIRD_PARTY_AUDIT)),
    /** 5 years: government standards, air-gap validation, red-team testing. */
    CRITICAL_SYSTEMS(5, List.of(GOVERNMENT_STANDARDS, AIR_GAP_VALIDATION, RED_TEAM_TEST));

    /** Every label, comma-separated, for messages naming what is allowed. */
    public static final String LABELS =
            Arrays.stream(values()).map(CertificationLevel::label).collect(Collectors.joining(", "));

    private final int years;
    private final List<EvidenceType> own;

    CertificationLevel(int years, List<EvidenceType> own) {
        this.years = years;
        this.own = own;
    }

    /** How many years a certificate at this level is valid from its issue or renewal. */
    public int years() {
        return years;
    }

    /** The evidence types this level requires: its own and every lower level's, lowest first. */
    public List<EvidenceType> requirements() {
        List<EvidenceType> all = new ArrayList<>();
        for (CertificationLevel level : values()) {
            all.addAll(level.own);
            if (level == this) {
                break;
            }
        }
        return List.copyOf(all);
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level labelled {@code label}; empty for anything else. */
    public static Optional<CertificationLevel> parse(String label) {
        return Arrays.stream(values()).filter(l -> l.label().equals(label)).findFirst();
    }
}
