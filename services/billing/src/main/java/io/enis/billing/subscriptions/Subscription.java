package io.enis.billing.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A customer's subscription to a plan. Periods are counted from {@code billingAnchor} in the plan's
 * interval; {@code periodIndex} is the current one (-1 for the trial, which ends at the anchor).
 * {@code currentPeriodStart/End} are absent when the subscription is paused, canceled or ended.
 * {@code pendingChange} is a plan change scheduled for the end of the current period;
 * {@code cancelAtPeriodEnd} a scheduled end.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(String id, String customerId, String planId, long quantity, String currency,
                           SubscriptionStatus status, Instant billingAnchor, long periodIndex,
                           Instant currentPeriodStart, Instant currentPeriodEnd, Instant trialEnd,
                           boolean cancelAtPeriodEnd, Instant canceledAt, Instant endedAt, Instant pausedAt,
                           PendingChange pendingChange, Instant createdAt, Instant updatedAt) {

    /** A copy to change. */
    Draft draft() {
        return new Draft(this);
    }

    /** A subscription being changed by a use case; {@link #build()} makes the record. */
    static final class Draft {
        String id;
        String customerId;
        String planId;
        long quantity;
        String currency;
        SubscriptionStatus status;
        Instant billingAnchor;
        long periodIndex;
        Instant currentPeriodStart;
        Instant currentPeriodEnd;
        Instant trialEnd;
        boolean cancelAtPeriodEnd;
        Instant canceledAt;
        Instant endedAt;
        Instant pausedAt;
        PendingChange pendingChange;
        Instant createdAt;
        Instant updatedAt;

        private Draft(Subscription s) {
            id = s.id;
            customerId = s.customerId;
            planId = s.planId;
            quantity = s.quantity;
            currency = s.currency;
            status = s.status;
            billingAnchor = s.billingAnchor;
            periodIndex = s.periodIndex;
            currentPeriodStart = s.currentPeriodStart;
            currentPeriodEnd = s.currentPeriodEnd;
            trialEnd = s.trialEnd;
            cancelAtPeriodEnd = s.cancelAtPeriodEnd;
            canceledAt = s.canceledAt;
            endedAt = s.endedAt;
            pausedAt = s.pausedAt;
            pendingChange = s.pendingChange;
            createdAt = s.createdAt;
            updatedAt = s.updatedAt;
        }

        /** Sets the current period (both {@code null}: none). */
        Draft period(Instant start, Instant end) {
            currentPeriodStart = start;
            currentPeriodEnd = end;
            return this;
        }

        Subscription build() {
            return new Subscription(id, customerId, planId, quantity, currency, status, billingAnchor, periodIndex, currentPeriodStart, currentPeriodEnd, trialEnd, cancelAtPeriodEnd, canceledAt, endedAt, pausedAt, pendingChange, createdAt, updatedAt);
        }
    }

    /** A plan change that takes effect when the current period ends. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PendingChange(String planId, long quantity, Instant effectiveAt) {
    }
}
