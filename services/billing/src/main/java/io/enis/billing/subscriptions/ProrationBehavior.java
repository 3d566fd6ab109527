package io.enis.billing.subscriptions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Stripe's {@code proration_behavior}: what a change in the middle of a period does to its fee. */
public enum ProrationBehavior {
    /** credit the unused time of the old fee and charge the unused time of the new one on the next invoice (default) */
    CREATE_PRORATIONS,
    /** the same prorations, marked to be invoiced at once */
    ALWAYS_INVOICE,
    /** no prorations: the period stays billed as it was */
    NONE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether prorations are recorded. */
    public boolean prorates() {
        return this != NONE;
    }
}
