package io.enis.policy;

/** Compliance frameworks the rules map to. */
public enum Framework {
    CIS_AWS("CIS AWS Foundations Benchmark v3.0"),
    SOC2("SOC 2 (2017 Trust Services Criteria)"),
    ISO27001("ISO/IEC 27001:2022 Annex A"),
    HIPAA("HIPAA Security Rule (45 CFR 164)"),
    PCI_DSS("PCI DSS v4.0"),
    GDPR("GDPR");

    private final String title;

    Framework(String title) {
        this.title = title;
    }

    /** Human title with version. */
    public String title() {
        return title;
    }
}
