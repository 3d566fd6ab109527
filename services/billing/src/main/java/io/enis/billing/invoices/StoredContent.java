package io.enis.billing.invoices;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The stored form of an invoice's content (the {@code content} column): its source without the
 * line requests, and its rated lines with their traces. Plain values, so what is read back is
 * equal to what was written and the totals recompute to the same amounts.
 */
record StoredContent(
        String organisationId,
        String customerId,
        String currency,
        String billingKey,
        Instant periodStart,
        Instant periodEnd,
        List<TaxRate> taxRates,
        List<StoredCoupon> coupons,
        List<StoredLine> lines) {
    private static final ObjectMapper MAPPER =
            Json.MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record StoredCoupon(
            String id,
            BigDecimal percentOff,
            Long amountOffMinor,
            Coupon.Duration duration,
            int durationPeriods,
            int periodIndex,
            String consumedBy) {}

    record StoredLine(
            LineKind kind,
            String description,
            String quantity,
            long amountMinor,
            LineTrace trace,
            UsageEvidence usage) {}

    static String write(Invoice invoice) {
        BillingInput s = invoice.source();
        var coupons = s.coupons().stream()
                .map(a -> new StoredCoupon(
                        a.coupon().id(),
                        a.coupon().percentOff(),
                        a.coupon().amountOff() == null
                                ? null
                                : a.coupon().amountOff().minor(),
                        a.coupon().duration(),
                        a.coupon().durationPeriods(),
                        a.periodIndex(),
                        a.consumedBy()))
                .toList();
        var lines = invoice.lines().stream()
                .map(l -> new StoredLine(
                        l.kind(), l.description(), l.quantity(), l.amount().minor(), l.trace(), l.usage()))
                .toList();
        try {
            return MAPPER.writeValueAsString(new StoredContent(
                    s.organisationId(),
                    s.customerId(),
                    s.currency().code(),
                    s.billingKey(),
                    s.period().start(),
                    s.period().end(),
                    s.taxRates(),
                    coupons,
                    lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredContent read(String json) {
        try {
            return MAPPER.readValue(json, StoredContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored invoice content does not parse", e);
        }
    }

    BillingInput source() {
        Currency c = Currency.of(currency);
        var applied = coupons.stream()
                .map(k -> new AppliedCoupon(
                        new Coupon(
                                k.id(),
                                k.percentOff(),
                                k.amountOffMinor() == null ? null : Money.of(k.amountOffMinor(), c),
                                k.duration(),
                                k.durationPeriods()),
                        k.periodIndex(),
                        k.consumedBy()))
                .toList();
        return new BillingInput(
                organisationId,
                customerId,
                c,
                billingKey,
                new BillingPeriod(periodStart, periodEnd),
                taxRates,
                applied,
                List.of());
    }

    List<InvoiceLine> invoiceLines() {
        Currency c = Currency.of(currency);
        return lines.stream()
                .map(l -> new InvoiceLine(
                        l.kind(), l.description(), l.quantity(), Money.of(l.amountMinor(), c), l.trace(), l.usage()))
                .toList();
    }
}
