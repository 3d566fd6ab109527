package io.enis.compliance.evidence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where evidence came from: a policy scan of Terraform, an uploaded file, or a link to a document elsewhere. */
public enum EvidenceKind {
    SCAN,
    FILE,
    LINK;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EvidenceKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
