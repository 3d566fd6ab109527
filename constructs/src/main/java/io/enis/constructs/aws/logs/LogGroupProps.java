package io.enis.constructs.aws.logs;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Set;

/**
 * Props of {@link LogGroup}; build with {@link #builder()}.
 *
 * @param name required: the log group name, e.g. {@code /aws/vpc/enis-prod-platform-flow-logs}
 * @param retentionDays required: one of the retention periods CloudWatch accepts (1, 3, 5, 7, 14,
 *     30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)
 * @param key required: the customer-managed key that encrypts the log events; its policy must
 *     allow the {@code logs.<region>.amazonaws.com} service principal
 */
@RecordBuilder
public record LogGroupProps(String name, Integer retentionDays, EncryptionKey key) {
    /** Retention periods accepted by CloudWatch Logs, in days. */
    public static final Set<Integer> ALLOWED_RETENTION_DAYS = Set.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or not allowed */
    public LogGroupProps {
        Require require = Require.of("LogGroupProps");
        require.text("name", name);
        require.present("key", key);
        require.present("retentionDays", retentionDays);
        require.check(
                ALLOWED_RETENTION_DAYS.contains(retentionDays),
                "retentionDays",
                "is " + retentionDays + "; allowed: " + new java.util.TreeSet<>(ALLOWED_RETENTION_DAYS));
    }

    public static LogGroupPropsBuilder builder() {
        return LogGroupPropsBuilder.builder();
    }
}
