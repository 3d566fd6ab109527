package io.enis.billing.payments;

/**
 * A payment method as the provider attached it: its id, its {@code type} ({@code card},
 * {@code sepa_debit}, …; {@code offline} for the offline provider) and, for cards, the brand and
 * last four digits ({@code null} otherwise).
 */
public record AttachedMethod(String id, String type, String brand, String last4) {}
