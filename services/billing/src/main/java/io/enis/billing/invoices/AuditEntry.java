package io.enis.billing.invoices;

import java.time.Instant;

/**
 * One recorded change of an invoice: {@code action} ({@code created}, {@code finalized}, {@code paid},
 * {@code voided}, {@code uncollectible}, {@code credited}), {@code actor} (an API key id, {@code scheduler},
 * {@code webhook:evt_…}), when, and the invoice document before (null on creation) and after.
 */
public record AuditEntry(String invoiceId, String action, String actor, Instant at, String before, String after) {}
