package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import io.enis.billing.money.MoneyFormat;
import io.enis.kit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An invoice as a JSON document with snake_case fields in a fixed order: what the API returns and
 * what is compared byte for byte when the same events are re-rated. Amounts are minor units
 * ({@code *_minor}) plus their major-unit decimal; every line carries its trace, its adjustments
 * and, for usage, {@code usage.event_count} and {@code usage.events_sha256}; a finalized invoice's
 * {@code balance_application} traces what it took from the customer's credit balance.
 */
public final class InvoiceDocument {
    private InvoiceDocument() {}

    /** The document as ordered maps and lists, ready for any JSON writer. */
    public static Map<String, Object> of(Invoice invoice) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", invoice.id());
        doc.put("object", "invoice");
        doc.put("organisation_id", invoice.organisationId());
        doc.put("customer_id", invoice.customerId());
        doc.put("billing_key", invoice.billingKey());
        doc.put("status", invoice.status().wire());
        doc.put("number", invoice.number().orElse(null));
        doc.put("currency", invoice.currency().code());
        doc.put("period_start", invoice.period().start().toString());
        doc.put("period_end", invoice.period().end().toString());
        doc.put("created_at", invoice.createdAt().toString());
        doc.put("finalized_at", invoice.finalizedAt().map(Object::toString).orElse(null));
        doc.put("status_changed_at", invoice.statusChangedAt().toString());
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            lines.add(line(invoice.lines().get(i), invoice.totals().lines().get(i)));
        }
        doc.put("lines", lines);
        doc.put(
                "tax_rates",
                invoice.source().taxRates().stream()
                        .map(t -> ordered(
                                "id",
                                t.id(),
                                "name",
                                t.name(),
                                "percent",
                                t.percent().toPlainString()))
                        .toList());
        doc.put(
                "coupons",
                invoice.source().coupons().stream().map(InvoiceDocument::coupon).toList());
        InvoiceTotals totals = invoice.totals();
        money(doc, "subtotal", totals.subtotal());
        money(doc, "discount", totals.discount());
        money(doc, "tax", totals.tax());
        money(doc, "total", totals.total());
        money(doc, "amount_paid", invoice.amountPaid());
        money(doc, "amount_credited", invoice.amountCredited());
        money(doc, "applied_balance", invoice.appliedBalance());
        doc.put("balance_application", balanceApplication(invoice));
        money(doc, "amount_due", invoice.amountDue());
        return doc;
    }

    /** The document as UTF-8 JSON bytes: equal invoices give equal bytes. */
    public static byte[] bytes(Invoice invoice) {
        return Json.writeBytes(of(invoice));
    }

    private static Map<String, Object> line(InvoiceLine line, LineTotal total) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", line.kind().wire());
        m.put("description", line.description());
        m.put("quantity", line.quantity());
        money(m, "amount", line.amount());
        LineTrace t = line.trace();
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("model", t.model());
        trace.put("formula", t.formula());
        trace.put("inputs", t.inputs());
        trace.put(
                "tiers",
                t.tiers().stream()
                        .map(x -> ordered(
                                "index",
                                x.index(),
                                "from",
                                x.from(),
                                "up_to",
                                x.upTo(),
                                "quantity",
                                x.quantity(),
                                "unit_price",
                                x.unitPrice(),
                                "exact_minor",
                                x.exactMinor()))
                        .toList());
        trace.put("period_start", t.periodStart());
        trace.put("period_end", t.periodEnd());
        trace.put("period_days", t.periodDays());
        trace.put("exact_minor", t.exactMinor());
        trace.put("rounded_minor", t.roundedMinor());
        trace.put("rounding", t.rounding());
        m.put("trace", trace);
        m.put(
                "adjustments",
                total.adjustments().stream()
                        .map(a -> ordered(
                                "kind",
                                a.kind().name().toLowerCase(java.util.Locale.ROOT),
                                "source",
                                a.source(),
                                "formula",
                                a.formula(),
                                "exact_minor",
                                a.exactMinor(),
                                "amount_minor",
                                a.minor()))
                        .toList());
        m.put("total_minor", total.total());
        if (line.usage() != null) {
            m.put(
                    "usage",
                    ordered(
                            "event_count",
                            line.usage().eventCount(),
                            "events_sha256",
                            line.usage().eventsSha256()));
        }
        return m;
    }

    private static Map<String, Object> coupon(AppliedCoupon applied) {
        Coupon c = applied.coupon();
        return ordered(
                "id",
                c.id(),
                "percent_off",
                c.percentOff() == null ? null : c.percentOff().toPlainString(),
                "amount_off_minor",
                c.amountOff() == null ? null : c.amountOff().minor(),
                "duration",
                c.duration().name().toLowerCase(java.util.Locale.ROOT),
                "duration_periods",
                c.durationPeriods(),
                "period_index",
                applied.periodIndex(),
                "consumed_by",
                applied.consumedBy(),
                "active",
                applied.active());
    }

    /** The trace of the credit balance finalization applied; {@code null} for a draft. */
    private static Map<String, Object> balanceApplication(Invoice invoice) {
        if (invoice.number().isEmpty()) {
            return null;
        }
        BalanceApplication b = invoice.balanceApplication();
        return ordered(
                "formula",
                BalanceApplication.FORMULA,
                "balance_before_minor",
                b.balanceBeforeMinor(),
                "total_minor",
                invoice.totals().total().minor(),
                "applied_minor",
                b.appliedMinor(),
                "balance_after_minor",
                b.balanceAfterMinor());
    }

    private static void money(Map<String, Object> m, String name, Money money) {
        m.put(name + "_minor", money.minor());
        m.put(name, MoneyFormat.format(money));
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
