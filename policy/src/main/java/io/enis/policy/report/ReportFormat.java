package io.enis.policy.report;

import io.enis.policy.Report;
import java.util.Arrays;
import java.util.Locale;

/** The output formats of a check. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    JUNIT;

    /** Renders {@code report} in this format. */
    public String render(Report report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report);
            case JUNIT -> JunitReport.render(report);
        };
    }

    /**
     * Parses {@code text}, {@code json}, {@code sarif} or {@code junit}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static ReportFormat parse(String value) {
        return Arrays.stream(values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + value + "' is not a format; allowed: text, json, sarif, junit"));
    }
}
