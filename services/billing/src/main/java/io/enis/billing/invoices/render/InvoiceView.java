package io.enis.billing.invoices.render;

import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceLine;
import io.enis.billing.money.Money;
import io.enis.billing.money.MoneyFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rendered invoice shows, as plain strings, shared by {@link InvoiceHtml} and
 * {@link InvoicePdf} so both say the same: title (number, or "Draft invoice"), facts (status,
 * customer, period, dates), one row per line and the totals. Amounts are major units with the
 * currency code ({@code 12.34 EUR}); dates are UTC.
 */
record InvoiceView(String title, List<String[]> facts, List<String[]> lines, List<String[]> totals) {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    static InvoiceView of(Invoice invoice) {
        String title = invoice.number().map(n -> "Invoice " + n).orElse("Draft invoice");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Status", invoice.status().wire()});
        facts.add(new String[] {"Customer", invoice.customerId()});
        facts.add(new String[] {
            "Period",
            DATE.format(invoice.period().start()) + " to "
                    + DATE.format(invoice.period().end())
        });
        invoice.finalizedAt().ifPresent(at -> facts.add(new String[] {"Issued", DATE.format(at)}));
        List<String[]> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            lines.add(new String[] {line.description(), line.kind().wire(), line.quantity(), money(line.amount())});
        }
        List<String[]> totals = new ArrayList<>();
        totals.add(new String[] {"Subtotal", money(invoice.totals().subtotal())});
        if (!invoice.totals().discount().isZero()) {
            totals.add(new String[] {"Discount", "-" + money(invoice.totals().discount())});
        }
        for (var rate : invoice.source().taxRates()) {
            long tax = invoice.totals().lines().stream()
                    .flatMap(l -> l.adjustments().stream())
                    .filter(a ->
                            a.source().equals(rate.id()) && a.kind() == io.enis.billing.invoices.Adjustment.Kind.TAX)
                    .mapToLong(io.enis.billing.invoices.Adjustment::minor)
                    .sum();
            totals.add(new String[] {rate.name(), money(Money.of(tax, invoice.currency()))});
        }
        totals.add(new String[] {"Total", money(invoice.totals().total())});
        if (!invoice.appliedBalance().isZero()) {
            totals.add(new String[] {"Applied balance", "-" + money(invoice.appliedBalance())});
        }
        if (!invoice.amountCredited().isZero()) {
            totals.add(new String[] {"Credited", "-" + money(invoice.amountCredited())});
        }
        totals.add(new String[] {"Amount due", money(invoice.amountDue())});
        return new InvoiceView(title, facts, lines, totals);
    }

    static String money(Money m) {
        return MoneyFormat.format(m) + " " + m.currency().code();
    }
}
