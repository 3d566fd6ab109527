package io.enis.billing.invoices;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.money.MoneyOverflowException;
import io.enis.billing.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An invoice's sums, derived from its lines, coupons and tax rates, line by line so that the total
 * is always the sum of the line totals:
 * <ol>
 *   <li>each active coupon, in order, discounts the lines with a positive remaining amount: a
 *       percentage per line, rounded half-even; a fixed amount (capped at what remains) shared in
 *       proportion to those lines, whole minor units by largest remainder (ties: the earlier line),
 *       so the shares add up to the amount exactly;</li>
 *   <li>each tax rate taxes each line's amount after discounts, rounded half-even per line;</li>
 *   <li>a line's total is amount − discounts + taxes; {@code total} adds them.</li>
 * </ol>
 * Arithmetic beyond the {@code long} range throws {@link MoneyOverflowException}.
 */
public record InvoiceTotals(Money subtotal, Money discount, Money tax, Money total, List<LineTotal> lines) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InvoiceTotals {
        lines = List.copyOf(lines);
    }

    /** Computes the totals; coupons that are not {@link AppliedCoupon#active()} are skipped. */
    public static InvoiceTotals of(
            Currency currency, List<InvoiceLine> lines, List<AppliedCoupon> coupons, List<TaxRate> taxRates) {
        int n = lines.size();
        long[] net = new long[n];
        List<List<Adjustment>> adjustments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            net[i] = lines.get(i).amount().minor();
            adjustments.add(new ArrayList<>());
        }
        for (AppliedCoupon applied : coupons) {
            if (!applied.active()) {
                continue;
            }
            Coupon c = applied.coupon();
            if (c.percentOff() != null) {
                percentOff(c, net, adjustments);
            } else {
                amountOff(c, net, adjustments);
            }
        }
        for (TaxRate rate : taxRates) {
            for (int i = 0; i < n; i++) {
                BigDecimal exact =
                        BigDecimal.valueOf(net[i]).multiply(rate.percent()).divide(HUNDRED);
                long tax = Rounding.toMoney(exact, currency).minor();
                adjustments
                        .get(i)
                        .add(new Adjustment(
                                Adjustment.Kind.TAX,
                                rate.id(),
                                "line_after_discounts × percent / 100 (" + net[i] + " × "
                                        + rate.percent().toPlainString() + " / 100)",
                                exact.toPlainString(),
                                tax));
            }
        }
        List<LineTotal> totals = new ArrayList<>();
        long subtotal = 0;
        long discount = 0;
        long tax = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            long amount = lines.get(i).amount().minor();
            LineTotal lt = new LineTotal(i, amount, adjustments.get(i), 0);
            long lineTotal = exact(() -> Math.addExact(Math.subtractExact(amount, lt.discount()), lt.tax()));
            totals.add(new LineTotal(i, amount, adjustments.get(i), lineTotal));
            long s = subtotal, d = discount, t = tax, tt = total;
            subtotal = exact(() -> Math.addExact(s, amount));
            discount = exact(() -> Math.addExact(d, lt.discount()));
            tax = exact(() -> Math.addExact(t, lt.tax()));
            total = exact(() -> Math.addExact(tt, lineTotal));
        }
        return new InvoiceTotals(
                Money.of(subtotal, currency),
                Money.of(discount, currency),
                Money.of(tax, currency),
                Money.of(total, currency),
                totals);
    }

    private static void percentOff(Coupon c, long[] net, List<List<Adjustment>> adjustments) {
        for (int i = 0; i < net.length; i++) {
            if (net[i] <= 0) {
                continue;
            }
            BigDecimal exact =
                    BigDecimal.valueOf(net[i]).multiply(c.percentOff()).divide(HUNDRED);
            long off = exact.setScale(0, Rounding.MODE).longValueExact();
            adjustments
                    .get(i)
                    .add(new Adjustment(
                            Adjustment.Kind.DISCOUNT,
                            c.id(),
                            "line_remaining × percent_off / 100 (" + net[i] + " × "
                                    + c.percentOff().toPlainString() + " / 100)",
                            exact.toPlainString(),
                            off));
            net[i] -= off;
        }
    }

    private static void amountOff(Coupon c, long[] net, List<List<Adjustment>> adjustments) {
        long base = 0;
        for (long v : net) {
            if (v > 0) {
                long b = base;
                base = exact(() -> Math.addExact(b, v));
            }
        }
        if (base == 0) {
            return;
        }
        long off = Math.min(c.amountOff().minor(), base);
        BigDecimal baseDec = BigDecimal.valueOf(base);
        long[] share = new long[net.length];
        BigDecimal[] remainder = new BigDecimal[net.length];
        long given = 0;
        List<Integer> positive = new ArrayList<>();
        for (int i = 0; i < net.length; i++) {
            if (net[i] <= 0) {
                continue;
            }
            positive.add(i);
            BigDecimal[] qr =
                    BigDecimal.valueOf(off).multiply(BigDecimal.valueOf(net[i])).divideAndRemainder(baseDec);
            share[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            given += share[i];
        }
        positive.sort(
                Comparator.comparing((Integer i) -> remainder[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < off; k++, given++) {
            share[positive.get(k)]++;
        }
        for (int i : positive) {
            String exact = BigDecimal.valueOf(off)
                    .multiply(BigDecimal.valueOf(net[i]))
                    .divide(baseDec, 12, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros()
                    .toPlainString();
            adjustments
                    .get(i)
                    .add(new Adjustment(
                            Adjustment.Kind.DISCOUNT,
                            c.id(),
                            "amount_off × line_remaining / lines_remaining, whole units by largest remainder (" + off
                                    + " × " + net[i] + " / " + base + ")",
                            exact,
                            share[i]));
            net[i] -= share[i];
        }
    }

    private static long exact(java.util.function.LongSupplier op) {
        try {
            return op.getAsLong();
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("invoice totals");
        }
    }
}
