package io.enis.billing.payments;

import java.util.Set;

/**
 * Which of Stripe's decline codes are hard: retrying the same card cannot succeed (it is lost,
 * stolen, closed, refused for fraud or not allowed), so dunning stops at once. Every other code,
 * and a decline without a code, is soft and retried on schedule.
 */
public final class DeclineCodes {
    private static final Set<String> HARD = Set.of(
            "lost_card",
            "stolen_card",
            "pickup_card",
            "fraudulent",
            "merchant_blacklist",
            "restricted_card",
            "invalid_account",
            "incorrect_number",
            "invalid_number",
            "expired_card",
            "card_not_supported",
            "currency_not_supported",
            "revocation_of_all_authorizations",
            "revocation_of_authorization",
            "stop_payment_order",
            "security_violation",
            "transaction_not_allowed",
            "new_account_information_available");

    private DeclineCodes() {}

    public static boolean isHard(String declineCode) {
        return declineCode != null && HARD.contains(declineCode);
    }
}
