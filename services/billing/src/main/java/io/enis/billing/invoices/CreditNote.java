package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import java.time.Instant;

/**
 * A credit against a finalized invoice ({@link Invoice#credit}): a positive {@code amount}, a
 * {@code reason}, and a {@code number} of the invoice's number plus {@code -CN-} and its sequence
 * on that invoice ({@code ENIS-2026-000042-CN-01}). Credit notes are never changed or deleted.
 */
public record CreditNote(String id, String invoiceId, String number, Money amount, String reason, Instant createdAt) {}
