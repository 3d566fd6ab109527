package io.enis.policy;

import java.time.LocalDate;

/**
 * One rule broken by one resource.
 *
 * @param ruleId e.g. {@code ENIS-S3-001}
 * @param title the rule's title
 * @param severity the rule's severity
 * @param resource Terraform address, e.g. {@code aws_s3_bucket.logs}
 * @param stack the stack (or file name)
 * @param file the file the resource was read from
 * @param line the line of the resource in that file (1 when unknown)
 * @param message what is wrong, specifically
 * @param suppressed true when an active suppression covers it
 * @param suppressionReason the suppression's reason (also for an expired one), else {@code null}
 * @param suppressionExpires the suppression's expiry, else {@code null}
 */
public record Finding(
        String ruleId,
        String title,
        Severity severity,
        String resource,
        String stack,
        String file,
        int line,
        String message,
        boolean suppressed,
        String suppressionReason,
        LocalDate suppressionExpires) {

    /** True when a suppression existed but has expired: the finding counts again. */
    public boolean suppressionExpired() {
        return !suppressed && suppressionReason != null;
    }
}
