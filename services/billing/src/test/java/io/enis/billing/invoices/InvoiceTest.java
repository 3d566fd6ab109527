package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Money;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvoiceTest {
    @Test
    void aDraftTotalsItsLinesWithTaxPerLine() {
        Invoice inv = draft(fee(2900), seats(3, "1250"));
        assertThat(inv.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(inv.number()).isEmpty();
        assertThat(inv.totals().subtotal().minor()).isEqualTo(2900 + 3750);
        // 21 % of 2900 = 609, of 3750 = 787.5 → 788 (half-even: 787.5 → 788)
        assertThat(inv.totals().tax().minor()).isEqualTo(609 + 788);
        assertThat(inv.totals().total().minor()).isEqualTo(6650 + 1397);
        assertThat(inv.lines().get(1).trace().formula()).isEqualTo("quantity × unit_price");
        assertThat(inv.lines().get(1).trace().inputs())
                .containsEntry("unit_price", "1250")
                .containsEntry("quantity", "3");
        assertThat(inv.lines().get(1).trace().periodDays()).isEqualTo("30");
    }

    @Test
    void aProrationIsToTheSecondAndTheCreditIsNegative() {
        Invoice inv = Invoice.draft("in_1", input(upgradeOn16th(1000, 3000), List.of(), List.of()), NOV_1);
        // 15 of 30 days: −500 for the unused old plan, +1500 for the new one
        assertThat(inv.lines()).extracting(l -> l.amount().minor()).containsExactly(-500L, 1500L);
        LineTrace credit = inv.lines().get(0).trace();
        assertThat(credit.inputs())
                .containsEntry("used_seconds", "1296000")
                .containsEntry("period_seconds", "2592000")
                .containsEntry("sign", "-1");
        assertThat(credit.periodDays()).isEqualTo("15");
        assertThat(credit.rounding()).contains("HALF_EVEN");
        assertThat(inv.totals().total().minor()).isEqualTo(1000);
    }

    @Test
    void aProrationRoundsTheExactFractionOnce() {
        // 1000 × 1 s / 2,592,000 s = 0.000386 → 0; 1000 × 1,296,001 / 2,592,000 = 500.000386 → 500
        var oneSecond = new BillingPeriod(NOV_1, NOV_1.plusSeconds(1));
        var line = InvoiceRater.rate(new LineRequest.Proration(
                "x",
                io.enis.billing.pricing.FlatPrice.of(Money.of(1000, EUR)),
                io.enis.billing.pricing.Quantity.of(1),
                NOVEMBER,
                oneSecond,
                false));
        assertThat(line.amount().minor()).isZero();
        assertThat(line.trace().exactMinor()).isEqualTo("0.000385802469");
    }

    @Test
    void aProrationOutsideThePeriodIsRefused() {
        var outside = new BillingPeriod(DEC_1, DEC_1.plusSeconds(60));
        assertThatThrownBy(() -> new LineRequest.Proration(
                        "x",
                        io.enis.billing.pricing.FlatPrice.of(Money.of(1000, EUR)),
                        io.enis.billing.pricing.Quantity.of(1),
                        NOVEMBER,
                        outside,
                        false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("period");
    }

    @Test
    void usageLinesCarryTheEventCountAndADigestOfTheSortedIds() {
        Invoice inv = draft(apiCalls(eventIds(1500)));
        InvoiceLine line = inv.lines().get(0);
        assertThat(line.amount().minor()).isEqualTo(250); // 1000 free, 500 × 0.5
        assertThat(line.usage().eventCount()).isEqualTo(1500);
        assertThat(line.usage().eventsSha256()).hasSize(64);
        // printf 'a\nb\n' | sha256sum, whatever the order given
        assertThat(UsageEvidence.of(List.of("b", "a")).eventsSha256())
                .isEqualTo("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2");
        assertThatThrownBy(() -> UsageEvidence.of(List.of("a", "a")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void reRatingTheSameEventsInAnyOrderGivesTheSameBytes() {
        List<String> ids = eventIds(2000);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(42));
        byte[] first = InvoiceDocument.bytes(Invoice.draft(
                "in_1",
                input(
                        List.of(fee(2900), apiCalls(ids)),
                        List.of(new AppliedCoupon(
                                Coupon.percent("c10", BigDecimal.TEN, Coupon.Duration.FOREVER, 0), 3)),
                        List.of(VAT)),
                NOV_1));
        byte[] second = InvoiceDocument.bytes(Invoice.draft(
                "in_1",
                input(
                        List.of(fee(2900), apiCalls(shuffled)),
                        List.of(new AppliedCoupon(
                                Coupon.percent("c10", BigDecimal.TEN, Coupon.Duration.FOREVER, 0), 3)),
                        List.of(VAT)),
                NOV_1));
        assertThat(second).isEqualTo(first);
        String json = new String(first, StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"event_count\":2000",
                        "\"events_sha256\":",
                        "\"formula\":",
                        "\"period_days\":\"30\"",
                        "\"rounding\":\"HALF_EVEN to whole minor units, once per line\"");
        // one event fewer is another invoice
        byte[] fewer = InvoiceDocument.bytes(Invoice.draft(
                "in_1",
                input(
                        List.of(fee(2900), apiCalls(ids.subList(1, 2000))),
                        List.of(new AppliedCoupon(
                                Coupon.percent("c10", BigDecimal.TEN, Coupon.Duration.FOREVER, 0), 3)),
                        List.of(VAT)),
                NOV_1));
        assertThat(fewer).isNotEqualTo(first);
    }

    @Test
    void couponsFollowTheirDuration() {
        Coupon once = Coupon.percent("once", new BigDecimal("50"), Coupon.Duration.ONCE, 0);
        Coupon three = Coupon.amount("three", Money.of(500, EUR), Coupon.Duration.REPEATING, 3);
        Coupon forever = Coupon.percent("forever", BigDecimal.TEN, Coupon.Duration.FOREVER, 0);
        assertThat(List.of(0, 1).stream().map(once::appliesTo)).containsExactly(true, false);
        assertThat(List.of(0, 2, 3).stream().map(three::appliesTo)).containsExactly(true, true, false);
        assertThat(forever.appliesTo(1000)).isTrue();
        Invoice second = Invoice.draft(
                "in_1",
                input(List.of(fee(2000)), List.of(new AppliedCoupon(once, 1), new AppliedCoupon(three, 1)), List.of()),
                NOV_1);
        assertThat(second.totals().discount().minor()).isEqualTo(500);
        assertThat(second.totals().total().minor()).isEqualTo(1500);
    }

    @Test
    void anAmountOffIsSharedByLargestRemainderAndCappedAtTheSubtotal() {
        Coupon off = Coupon.amount("off", Money.of(100, EUR), Coupon.Duration.FOREVER, 0);
        Invoice inv = Invoice.draft(
                "in_1", input(List.of(fee(1), fee(1), fee(1)), List.of(new AppliedCoupon(off, 0)), List.of()), NOV_1);
        assertThat(inv.totals().discount().minor()).isEqualTo(3); // capped
        Coupon ten = Coupon.amount("ten", Money.of(10, EUR), Coupon.Duration.FOREVER, 0);
        Invoice thirds = Invoice.draft(
                "in_1",
                input(List.of(fee(100), fee(100), fee(100)), List.of(new AppliedCoupon(ten, 0)), List.of()),
                NOV_1);
        assertThat(thirds.totals().lines()).extracting(LineTotal::discount).containsExactly(4L, 3L, 3L);
    }

    @Test
    void badCouponsAndTaxRatesNameTheirField() {
        assertThatThrownBy(() -> Coupon.percent("c", new BigDecimal("101"), Coupon.Duration.ONCE, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coupon.percent_off");
        assertThatThrownBy(() -> Coupon.amount("c", Money.of(0, EUR), Coupon.Duration.ONCE, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coupon.amount_off");
        assertThatThrownBy(() -> Coupon.percent("c", BigDecimal.ONE, Coupon.Duration.REPEATING, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coupon.duration_periods");
        assertThatThrownBy(() -> new TaxRate("t", "T", new BigDecimal("-1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tax_rates.percent");
        Coupon usd =
                Coupon.amount("usd", Money.of(5, io.enis.billing.money.Currency.of("USD")), Coupon.Duration.ONCE, 0);
        assertThatThrownBy(() -> input(List.of(fee(100)), List.of(new AppliedCoupon(usd, 0)), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coupons[0].amount_off");
    }

    @Test
    void finalizingNumbersTheInvoiceOnce() {
        Invoice open = draft(fee(2900)).finalizeAs("ENIS-2026-000001", DEC_1);
        assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(open.number()).contains("ENIS-2026-000001");
        assertThat(open.amountDue().minor()).isEqualTo(2900 + 609);
        assertThatThrownBy(() -> open.finalizeAs("ENIS-2026-000002", DEC_1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already finalized (open, number ENIS-2026-000001)");
    }

    @Test
    void anEmptyInvoiceIsNotFinalized() {
        assertThatThrownBy(() -> draft().finalizeAs("ENIS-2026-000001", DEC_1))
                .isInstanceOfSatisfying(
                        UnprocessableException.class, e -> assertThat(e.slug()).isEqualTo("empty-invoice"))
                .hasMessageContaining("has no lines");
    }

    @Test
    void aNegativeTotalIsNotFinalized() {
        Invoice inv = Invoice.draft("in_1", input(upgradeOn16th(3000, 1000), List.of(), List.of()), NOV_1);
        assertThatThrownBy(() -> inv.finalizeAs("N", DEC_1))
                .isInstanceOfSatisfying(
                        UnprocessableException.class, e -> assertThat(e.slug()).isEqualTo("negative-invoice-total"));
    }

    @Test
    void aZeroTotalIsPaidOnFinalizing() {
        Coupon all = Coupon.percent("all", new BigDecimal("100"), Coupon.Duration.ONCE, 0);
        Invoice inv = Invoice.draft(
                "in_1", input(List.of(fee(2900)), List.of(new AppliedCoupon(all, 0)), List.of(VAT)), NOV_1);
        assertThat(inv.finalizeAs("N", DEC_1).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheAllowedOnes() {
        Invoice d = draft(fee(100));
        assertThatThrownBy(() -> d.markPaid(Money.of(121, EUR), DEC_1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("draft and cannot become paid");
        assertThatThrownBy(() -> d.voided(DEC_1)).isInstanceOf(ConflictException.class);
        Invoice paid = d.finalizeAs("N", DEC_1).markPaid(Money.of(121, EUR), DEC_1);
        assertThatThrownBy(() -> paid.voided(DEC_1))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.violations().get(0).message()).contains("paid is final"));
        Invoice uncollectible = d.finalizeAs("N", DEC_1).uncollectible(DEC_1);
        assertThat(uncollectible.markPaid(Money.of(121, EUR), DEC_1).status()).isEqualTo(InvoiceStatus.PAID);
        assertThatThrownBy(() -> d.finalizeAs("N", DEC_1).markPaid(Money.of(100, EUR), DEC_1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the amount due, 1.21 EUR");
    }

    @Test
    void creditNotesNeverExceedWhatWasInvoicedOrPaid() {
        Invoice open = draft(fee(1000)).finalizeAs("N", DEC_1); // 1210 due
        Invoice credited = open.credit(Money.of(210, EUR), DEC_1);
        assertThat(credited.amountDue().minor()).isEqualTo(1000);
        assertThatThrownBy(() -> credited.credit(Money.of(1001, EUR), DEC_1))
                .isInstanceOf(io.enis.kit.domain.UnprocessableException.class)
                .satisfies(e -> assertThat(((io.enis.kit.domain.UnprocessableException) e).violations())
                        .singleElement()
                        .satisfies(v ->
                                assertThat(v.message()).contains("at most 10.00 EUR (invoiced less earlier credits)")));
        Invoice settled = credited.credit(Money.of(1000, EUR), DEC_1);
        assertThat(settled.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(settled.creditable().minor()).isZero();

        Invoice paid = draft(fee(1000)).finalizeAs("N", DEC_1).markPaid(Money.of(1210, EUR), DEC_1);
        assertThat(paid.credit(Money.of(1210, EUR), DEC_1).status()).isEqualTo(InvoiceStatus.PAID);
        assertThatThrownBy(() -> paid.credit(Money.of(1211, EUR), DEC_1))
                .isInstanceOf(io.enis.kit.domain.UnprocessableException.class)
                .hasMessageContaining("exceeds the 12.10 EUR that remain");
        assertThatThrownBy(() -> paid.credit(Money.of(0, EUR), DEC_1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> draft(fee(1000)).credit(Money.of(1, EUR), DEC_1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("credit notes go against finalized invoices");
    }
}
