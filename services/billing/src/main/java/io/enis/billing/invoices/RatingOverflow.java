package io.enis.billing.invoices;

import io.enis.billing.money.MoneyOverflowException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns an amount that does not fit the {@code long} range of minor units while rating a
 * {@link BillingInput} ({@link MoneyOverflowException}, an arithmetic error) into the domain refusal
 * {@code amount-overflow} naming the billing key (subscription and period start) and the period, so an
 * on-demand request answers 422 and the invoice run records the period as refused and bills the
 * others.
 */
final class RatingOverflow {
    /** The problem type, documented in docs/api/problems.md. */
    static final String SLUG = "amount-overflow";

    private RatingOverflow() {}

    /**
     * @return what {@code rating} returns
     * @throws UnprocessableException {@value #SLUG} when {@code rating} overflows
     */
    static <T> T guard(BillingInput input, Supplier<T> rating) {
        try {
            return rating.get();
        } catch (MoneyOverflowException overflow) {
            String what = "billing " + input.billingKey() + " (period "
                    + input.period().start() + " to " + input.period().end() + ")";
            throw new UnprocessableException(
                    SLUG,
                    "Amount overflow",
                    what + " cannot be rated: " + overflow.getMessage(),
                    List.of(new Violation(
                            "lines",
                            "an amount of " + what + " overflows; allowed: line amounts and totals within "
                                    + Long.MAX_VALUE + " minor units")));
        }
    }
}
