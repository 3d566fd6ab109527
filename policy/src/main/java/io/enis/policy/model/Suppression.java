package io.enis.policy.model;

import java.time.LocalDate;

/**
 * A decision, taken in code and carried into the synthesized JSON, that a rule does not apply to
 * a resource. Reported as suppressed with its reason; after {@code expires} it no longer applies
 * and the finding is reported again, marked as an expired suppression.
 *
 * @param ruleId the rule, e.g. {@code ENIS-S3-002}
 * @param reason why, for reviewers and auditors; never blank
 * @param expires last day the suppression applies, or {@code null} for no expiry
 */
public record Suppression(String ruleId, String reason, LocalDate expires) {
    /** Key of the suppressions inside a resource's {@code "//"} metadata block. */
    public static final String METADATA_KEY = "enis_suppressions";

    /** True when the suppression still applies on {@code today}. */
    public boolean activeOn(LocalDate today) {
        return expires == null || !today.isAfter(expires);
    }
}
