package io.enis.compliance.audits;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an audit is in its workflow: planned → in_progress → in_review → completed, and back from
 * in_review to in_progress when the review asks for more work. Completed is final.
 */
public enum AuditStatus {
    PLANNED,
    IN_PROGRESS,
    IN_REVIEW,
    COMPLETED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses this one may move to. */
    public List<AuditStatus> next() {
        return switch (this) {
            case PLANNED -> List.of(IN_PROGRESS);
            case IN_PROGRESS -> List.of(IN_REVIEW);
            case IN_REVIEW -> List.of(IN_PROGRESS, COMPLETED);
            case COMPLETED -> List.of();
        };
    }

    public boolean canMoveTo(AuditStatus target) {
        return next().contains(target);
    }

    public static Optional<AuditStatus> of(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }

    public static String allowed() {
        return "one of planned, in_progress, in_review, completed";
    }
}
