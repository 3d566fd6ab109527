package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Totals and credits over random invoices: lines, prorations, coupons and taxes. */
class InvoiceProperties {
    @Provide
    Arbitrary<List<LineRequest>> lines() {
        Arbitrary<LineRequest> fees = Arbitraries.longs().between(0, 10_000_000).map(Inputs::fee);
        Arbitrary<LineRequest> seats = Combinators.combine(
                        Arbitraries.longs().between(0, 500),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                                .ofScale(4))
                .as((n, p) -> Inputs.seats(n, p.toPlainString()));
        Arbitrary<LineRequest> prorations = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000),
                        Arbitraries.longs().between(1, NOVEMBER.seconds()),
                        Arbitraries.of(true, false))
                .as((amount, used, credit) -> new LineRequest.Proration(
                        "p",
                        FlatPrice.of(Money.of(amount, EUR)),
                        Quantity.of(1),
                        NOVEMBER,
                        new BillingPeriod(Inputs.DEC_1.minusSeconds(used), Inputs.DEC_1),
                        credit));
        return Arbitraries.oneOf(fees, seats, prorations).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<AppliedCoupon>> coupons() {
        Arbitrary<Coupon> percent = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("100"))
                .ofScale(4)
                .map(p -> Coupon.percent("pct", p, Coupon.Duration.FOREVER, 0));
        Arbitrary<Coupon> amount = Arbitraries.longs()
                .between(1, 20_000_000)
                .map(a -> Coupon.amount("amt", Money.of(a, EUR), Coupon.Duration.REPEATING, 2));
        Arbitrary<AppliedCoupon> applied = Combinators.combine(
                        Arbitraries.oneOf(percent, amount),
                        Arbitraries.integers().between(0, 3))
                .as(AppliedCoupon::new);
        return applied.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<TaxRate>> taxes() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("30"))
                .ofScale(3)
                .map(p -> new TaxRate("t" + p, "tax", p))
                .list()
                .ofMaxSize(2);
    }

    @Property(tries = 500)
    void theTotalIsTheSumOfTheLineTotals(
            @ForAll("lines") List<LineRequest> lines,
            @ForAll("coupons") List<AppliedCoupon> coupons,
            @ForAll("taxes") List<TaxRate> taxes) {
        InvoiceTotals t =
                Invoice.draft("in", input(lines, coupons, taxes), NOV_1).totals();
        assertThat(t.lines().stream().mapToLong(LineTotal::total).sum())
                .isEqualTo(t.total().minor());
        assertThat(t.lines().stream().mapToLong(LineTotal::amount).sum())
                .isEqualTo(t.subtotal().minor());
        assertThat(t.subtotal().minor() - t.discount().minor() + t.tax().minor())
                .isEqualTo(t.total().minor());
        for (LineTotal line : t.lines()) {
            assertThat(line.discount()).isBetween(0L, Math.max(0, line.amount()));
        }
        long positive = t.lines().stream()
                .mapToLong(LineTotal::amount)
                .filter(a -> a > 0)
                .sum();
        assertThat(t.discount().minor()).isBetween(0L, positive);
    }

    @Property(tries = 300)
    void creditsNeverExceedWhatWasInvoicedOrPaid(
            @ForAll("lines") List<LineRequest> lines, @ForAll boolean pay, @ForAll("credits") List<Long> credits) {
        Invoice draft = Invoice.draft("in", input(lines, List.of(), List.of(VAT)), NOV_1);
        if (lines.isEmpty() || draft.totals().total().isNegative()) {
            return;
        }
        Invoice inv = draft.finalizeAs("N", Instant.EPOCH);
        if (pay && inv.status() == InvoiceStatus.OPEN) {
            inv = inv.markPaid(inv.amountDue(), Instant.EPOCH);
        }
        long ceiling = inv.status() == InvoiceStatus.PAID
                ? inv.amountPaid().minor()
                : inv.totals().total().minor();
        for (long c : credits) {
            Money amount = Money.of(c, EUR);
            if (c > 0 && c <= inv.creditable().minor()) {
                inv = inv.credit(amount, Instant.EPOCH);
            } else {
                Invoice current = inv;
                assertThatThrownBy(() -> current.credit(amount, Instant.EPOCH))
                        .isInstanceOfAny(
                                InvalidInputException.class,
                                io.enis.kit.domain.ConflictException.class,
                                io.enis.kit.domain.UnprocessableException.class);
            }
            assertThat(inv.amountCredited().minor()).isBetween(0L, Math.max(ceiling, 0));
            assertThat(inv.amountDue().minor()).isGreaterThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<List<Long>> credits() {
        return Arbitraries.longs().between(-10, 30_000_000).list().ofMaxSize(6);
    }

    /** One step of {@link #creditsAndRefundsNeverPassTheirCaps}: a kind and an amount. */
    record Step(String kind, long amount) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.of("pay", "credit", "refund", "credit_refund"),
                        Arbitraries.oneOf(
                                Arbitraries.longs().between(-5, 2_000),
                                Arbitraries.longs().between(0, 30_000_000)))
                .as(Step::new)
                .list()
                .ofMaxSize(12);
    }

    /**
     * For any invoice and any sequence of payments, credit notes (credit or refund) and plain
     * refunds: the sum of the lines is the total; credits never pass the total (nor, once paid, what
     * was paid); refunds never pass what was paid; and a refusal changes nothing and, when over a cap,
     * names what remains. This is the model the stores apply under their row locks.
     */
    @Property(tries = 400)
    void creditsAndRefundsNeverPassTheirCaps(
            @ForAll("lines") List<LineRequest> lines,
            @ForAll("coupons") List<AppliedCoupon> coupons,
            @ForAll("steps") List<Step> steps) {
        Invoice draft = Invoice.draft("in", input(lines, coupons, List.of(VAT)), NOV_1);
        if (lines.isEmpty() || draft.totals().total().isNegative()) {
            return;
        }
        Invoice inv = draft.finalizeAs("N", Instant.EPOCH);
        io.enis.billing.payments.Refundable money =
                new io.enis.billing.payments.Refundable(Money.zero(EUR), Money.zero(EUR));
        long total = inv.totals().total().minor();
        for (Step step : steps) {
            Money amount = Money.of(Math.max(step.amount(), 0), EUR);
            Invoice before = inv;
            io.enis.billing.payments.Refundable moneyBefore = money;
            try {
                switch (step.kind()) {
                    case "pay" -> {
                        Money due = inv.amountDue();
                        inv = inv.markPaid(due, Instant.EPOCH);
                        money = new io.enis.billing.payments.Refundable(
                                Money.of(money.collected().minor() + due.minor(), EUR), money.refunded());
                    }
                    case "credit" -> inv = inv.credit(Money.of(step.amount(), EUR), Instant.EPOCH);
                    case "refund" -> money = money.refund(Money.of(step.amount(), EUR));
                    default -> {
                        if (inv.status() != InvoiceStatus.PAID) {
                            throw new io.enis.kit.domain.ConflictException("only a paid invoice is refunded");
                        }
                        Invoice credited = inv.credit(Money.of(step.amount(), EUR), Instant.EPOCH);
                        money = money.refund(Money.of(step.amount(), EUR));
                        inv = credited;
                    }
                }
            } catch (io.enis.kit.domain.UnprocessableException overCap) {
                inv = before;
                money = moneyBefore;
                String remaining = overCap.slug().equals("refund-exceeds-remaining")
                        ? money.remaining().toString()
                        : inv.creditable().toString();
                assertThat(overCap.violations().get(0).message()).contains("at most", remaining);
            } catch (io.enis.kit.domain.DomainException refused) {
                inv = before;
                money = moneyBefore;
            }
            assertThat(inv.totals().lines().stream().mapToLong(LineTotal::total).sum())
                    .isEqualTo(total);
            assertThat(inv.amountCredited().minor()).isBetween(0L, total);
            assertThat(money.refunded().minor()).isBetween(0L, money.collected().minor());
            assertThat(money.collected().minor()).isEqualTo(inv.amountPaid().minor());
            assertThat(inv.amountDue().minor()).isGreaterThanOrEqualTo(0);
        }
    }
}
