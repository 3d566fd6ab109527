package io.enis.billing.usage;

import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusals found while recording a batch, so that one answer lists them all: invalid references
 * (400), transaction ids reused with another payload (409), events the billing state refuses (422,
 * typed by the first one's slug). Any of them refuses the whole batch.
 */
final class Refusals {
    private final List<Violation> invalid = new ArrayList<>();
    private final List<Violation> conflicts = new ArrayList<>();
    private final List<Violation> refused = new ArrayList<>();
    private String slug;
    private String title;

    void invalid(String field, String message) {
        invalid.add(new Violation(field, message));
    }

    void conflict(String field, String message) {
        conflicts.add(new Violation(field, message));
    }

    void refuse(String slug, String title, String field, String message) {
        if (this.slug == null) {
            this.slug = slug;
            this.title = title;
        }
        refused.add(new Violation(field, message));
    }

    boolean any() {
        return !invalid.isEmpty() || !conflicts.isEmpty() || !refused.isEmpty();
    }

    /** @throws io.enis.kit.domain.DomainException the most basic kind found: invalid, then conflict, then refused */
    void throwIfAny() {
        if (!invalid.isEmpty()) {
            throw InvalidInputException.of(invalid);
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(summary(conflicts), conflicts);
        }
        if (!refused.isEmpty()) {
            throw new UnprocessableException(slug, title, summary(refused), refused);
        }
    }

    private static String summary(List<Violation> violations) {
        Violation first = violations.get(0);
        return (violations.size() == 1 ? "" : violations.size() + " events refused, first ") + first.field() + ": " + first.message();
    }
}
