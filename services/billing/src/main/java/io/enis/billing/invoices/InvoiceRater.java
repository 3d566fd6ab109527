package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import io.enis.billing.pricing.Charge;
import java.util.List;

/**
 * Rates {@link LineRequest}s into {@link InvoiceLine}s with their traces. Pure and deterministic:
 * the same requests (usage events in any order) give equal lines, so re-rating reproduces an
 * invoice byte for byte.
 */
public final class InvoiceRater {
    private InvoiceRater() {}

    /** @throws io.enis.billing.money.MoneyOverflowException when an amount does not fit a {@code long} */
    public static List<InvoiceLine> rate(List<LineRequest> requests) {
        return requests.stream().map(InvoiceRater::rate).toList();
    }

    static InvoiceLine rate(LineRequest request) {
        if (request instanceof LineRequest.RecurringFee r) {
            Charge c = r.price().charge(r.quantity());
            return new InvoiceLine(
                    LineKind.RECURRING,
                    r.description(),
                    r.quantity().toString(),
                    c.amount(),
                    LineTrace.of(c, r.period()),
                    null);
        }
        if (request instanceof LineRequest.Proration p) {
            LineTrace trace = LineTrace.prorated(p.price().charge(p.quantity()), p.fullPeriod(), p.used(), p.credit());
            return new InvoiceLine(
                    LineKind.PRORATION,
                    p.description(),
                    p.quantity().toString(),
                    Money.of(trace.roundedMinor(), p.price().currency()),
                    trace,
                    null);
        }
        LineRequest.UsageCharge u = (LineRequest.UsageCharge) request;
        Charge c = u.price().charge(u.quantity());
        return new InvoiceLine(
                LineKind.USAGE,
                u.description(),
                u.quantity().toString(),
                c.amount(),
                LineTrace.of(c, u.period()),
                UsageEvidence.of(u.eventIds()));
    }
}
