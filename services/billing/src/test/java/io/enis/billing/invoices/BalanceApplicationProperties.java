package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The customer credit balance applied at finalization, over random invoices (the lines, coupons and
 * taxes of {@link InvoiceProperties}) and balances: what is applied never exceeds the balance nor the
 * total, the amount due never goes below zero, and the sum of the line totals less what was applied is
 * the amount due; over a run of invoices the balance runs down to zero at most, never below.
 */
class BalanceApplicationProperties {
    private final InvoiceProperties invoices = new InvoiceProperties();

    @Provide
    Arbitrary<List<LineRequest>> lines() {
        return invoices.lines();
    }

    @Provide
    Arbitrary<List<AppliedCoupon>> coupons() {
        return invoices.coupons();
    }

    @Provide
    Arbitrary<List<TaxRate>> taxes() {
        return invoices.taxes();
    }

    @Provide
    Arbitrary<Long> balances() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000, 1_000),
                Arbitraries.longs().between(0, 40_000_000),
                Arbitraries.just(0L));
    }

    @Property(tries = 500)
    void theAppliedBalanceNeverExceedsTheBalanceNorMakesTheAmountDueNegative(
            @ForAll("lines") List<LineRequest> lines,
            @ForAll("coupons") List<AppliedCoupon> coupons,
            @ForAll("taxes") List<TaxRate> taxes,
            @ForAll("balances") long balance) {
        Invoice draft = Invoice.draft("in", input(lines, coupons, taxes), NOV_1);
        if (lines.isEmpty() || draft.totals().total().isNegative()) {
            return;
        }
        Invoice inv = draft.finalizeAs("N", Instant.EPOCH, balance);
        BalanceApplication b = inv.balanceApplication();
        long lineTotals =
                inv.totals().lines().stream().mapToLong(LineTotal::total).sum();
        assertThat(b.balanceBeforeMinor()).isEqualTo(balance);
        assertThat(b.appliedMinor()).isBetween(0L, Math.max(0, balance));
        assertThat(b.appliedMinor()).isLessThanOrEqualTo(inv.totals().total().minor());
        assertThat(inv.amountDue().minor()).isGreaterThanOrEqualTo(0);
        assertThat(lineTotals - b.appliedMinor()).isEqualTo(inv.amountDue().minor());
        assertThat(b.appliedMinor())
                .as("as much as the balance covers")
                .isEqualTo(Math.max(0, Math.min(balance, inv.totals().total().minor())));
        if (balance >= 0) {
            assertThat(b.balanceAfterMinor()).isBetween(0L, balance);
        }
        assertThat(inv.status()).isEqualTo(inv.amountDue().isZero() ? InvoiceStatus.PAID : InvoiceStatus.OPEN);
        assertThat(inv.creditable().minor())
                .as("a credit note can take back at most what was asked or paid, balance included")
                .isEqualTo(
                        inv.status() == InvoiceStatus.PAID
                                ? b.appliedMinor()
                                : inv.amountDue().minor());
    }

    @Property(tries = 200)
    void aRunOfInvoicesNeverTakesMoreThanTheBalance(
            @ForAll("lines") List<LineRequest> lines, @ForAll @LongRange(min = 0, max = 50_000_000) long start) {
        long balance = start;
        long applied = 0;
        for (int i = 0; i < 5; i++) {
            Invoice draft = Invoice.draft("in" + i, input(lines, List.of(), List.of(VAT)), NOV_1);
            if (lines.isEmpty() || draft.totals().total().isNegative()) {
                return;
            }
            Invoice inv = draft.finalizeAs("N" + i, Instant.EPOCH, balance);
            BalanceApplication b = inv.balanceApplication();
            assertThat(b.balanceBeforeMinor()).isEqualTo(balance);
            balance = b.balanceAfterMinor();
            applied += b.appliedMinor();
            assertThat(balance).isGreaterThanOrEqualTo(0);
            assertThat(inv.amountDue().minor()).isGreaterThanOrEqualTo(0);
        }
        assertThat(applied + balance).isEqualTo(start);
    }
}
