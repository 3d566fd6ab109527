package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.time.Instant;

/** A refund of (part of) a payment, append-only; {@code idempotencyKey} is the request's. */
public record Refund(
        String id, String paymentId, String idempotencyKey, String providerRefundId, Money amount, Instant createdAt) {}
