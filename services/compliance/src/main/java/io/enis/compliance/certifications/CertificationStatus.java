package io.enis.compliance.certifications;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a certificate stands: active until it expires or is revoked. Only revocation is stored; expiry is read from the clock. */
public enum CertificationStatus {
    ACTIVE,
    EXPIRED,
    REVOKED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
