package io.enis.compliance;

import io.enis.kit.config.Settings;

/**
 * Settings of the compliance service (beyond the kit's common ones).
 */
public record ComplianceConfig() {

    static ComplianceConfig read(Settings s) {
        return new ComplianceConfig();
    }
}
