package io.enis.billing.invoices;

/**
 * What a finalized invoice took from the customer's credit balance, Stripe's way: at finalization a
 * positive balance pays the invoice's total first, as far as it goes. {@code applied = min(max(balance,
 * 0), max(total, 0))}, so the applied amount never exceeds the balance (the balance never goes below
 * zero) nor the total (the amount due never goes below zero), and {@code total − applied} is what is
 * still asked for. Whole minor units: nothing is rounded. A draft has {@link #NONE}.
 *
 * @param balanceBeforeMinor the customer's balance the finalization saw, in the invoice's currency
 * @param appliedMinor       what the invoice took from it
 */
public record BalanceApplication(long balanceBeforeMinor, long appliedMinor) {
    /** The formula, as the calculation trace states it. */
    public static final String FORMULA =
            "applied = min(max(balance_before, 0), max(total, 0)); balance_after = balance_before - applied;"
                    + " amount_due = total - applied - amount_paid - amount_credited";

    /** Nothing applied: drafts, and invoices finalized while the customer had no balance. */
    public static final BalanceApplication NONE = new BalanceApplication(0, 0);

    /** @throws IllegalArgumentException when the applied amount is negative or more than a positive balance */
    public BalanceApplication {
        if (appliedMinor < 0 || appliedMinor > Math.max(0, balanceBeforeMinor)) {
            throw new IllegalArgumentException("applied " + appliedMinor + " of a balance of " + balanceBeforeMinor);
        }
    }

    /** What an invoice totalling {@code totalMinor} takes from a balance of {@code balanceMinor}. */
    public static BalanceApplication of(long balanceMinor, long totalMinor) {
        return new BalanceApplication(balanceMinor, Math.max(0, Math.min(balanceMinor, totalMinor)));
    }

    /** The balance after the application. */
    public long balanceAfterMinor() {
        return balanceBeforeMinor - appliedMinor;
    }
}
