package io.enis.billing.subscriptions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a subscription is: {@code trialing} → {@code active} → ({@code past_due} ⇄ {@code active}) →
 * {@code canceled} (by request, at once) or {@code ended} (at the end of a period, as scheduled);
 * {@code active} ⇄ {@code paused}. Canceled and ended are final.
 */
public enum SubscriptionStatus {
    TRIALING, ACTIVE, PAST_DUE, PAUSED, CANCELED, ENDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the subscription has a current period (it bills and meters). */
    public boolean running() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }

    public boolean isFinal() {
        return this == CANCELED || this == ENDED;
    }
}
