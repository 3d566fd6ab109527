package io.enis.compliance.http;

import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.Locale;

/**
 * The form a report is answered in: {@code ?format=json|html|pdf|oscal} when given, else the first of the
 * media types below that the {@code Accept} header names (as billing's invoices), else JSON.
 */
public enum ReportFormat {
    JSON("application/json"),
    HTML("text/html"),
    PDF("application/pdf"),
    OSCAL("application/oscal+json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @throws InvalidInputException naming {@code format} when it is none of the four */
    public static ReportFormat of(String format, String accept) {
        if (format != null) {
            for (ReportFormat f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(format)) {
                    return f;
                }
            }
            throw new InvalidInputException(
                    "unknown report format", List.of(new Violation("format", "must be json, html, pdf or oscal")));
        }
        String header = accept == null ? "" : accept;
        ReportFormat best = JSON;
        int at = Integer.MAX_VALUE;
        for (ReportFormat f : values()) {
            int i = header.indexOf(f.mediaType);
            if (i >= 0 && i < at) {
                best = f;
                at = i;
            }
        }
        return best;
    }
}
