package io.enis.billing.payments;

import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What a payment can still give back: it {@code collected} an amount and {@code refunded} part of
 * it already (pending and succeeded refunds; failed ones gave nothing back). A refund never takes
 * more than {@link #remaining()}: the stores check it under the payment's row lock, so concurrent
 * refunds cannot pass it either.
 */
public record Refundable(Money collected, Money refunded) {
    public Refundable {
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(refunded, "refunded");
    }

    /** What may still be refunded: collected less refunded, never below zero. */
    public Money remaining() {
        return Money.of(Math.max(0, collected.minor() - refunded.minor()), collected.currency());
    }

    /**
     * The state after refunding {@code amount}.
     *
     * @throws InvalidInputException  on {@code amount} when not positive or in another currency
     * @throws UnprocessableException {@code refund-exceeds-remaining} on {@code amount} above {@link #remaining()},
     *                                naming the remaining amount
     */
    public Refundable refund(Money amount) {
        if (!amount.currency().equals(collected.currency()) || amount.minor() <= 0) {
            throw InvalidInputException.field(
                    "amount",
                    "is " + amount + "; allowed: more than 0 in "
                            + collected.currency().code());
        }
        if (amount.minor() > remaining().minor()) {
            throw new UnprocessableException(
                    "refund-exceeds-remaining",
                    "Refund exceeds what remains",
                    "a refund of " + amount + " exceeds the " + remaining() + " that remain of the " + collected
                            + " collected (" + refunded + " already refunded)",
                    List.of(new Violation(
                            "amount",
                            "is " + amount + "; allowed: at most " + remaining() + " (collected " + collected + " less "
                                    + refunded + " already refunded)")));
        }
        return new Refundable(collected, Money.of(refunded.minor() + amount.minor(), collected.currency()));
    }
}
