package io.enis.scorecard.report;

import java.util.Locale;
import java.util.Optional;

/** The forms a report is stored in and downloaded as. */
public enum ReportFormat {
    JSON("application/json"),
    HTML("text/html; charset=utf-8"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The Content-Type it is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** As written in {@code ?format=} and links: {@code json}, {@code html}, {@code pdf}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> of(String json) {
        for (ReportFormat f : values()) {
            if (f.json().equals(json)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
