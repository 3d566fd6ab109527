package io.enis.billing;

import io.enis.billing.payments.DunningPolicy;
import io.enis.billing.payments.DunningPolicy.FinalAction;
import io.enis.kit.config.Settings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The setting {@code DUNNING_ON_EXHAUSTED}: what dunning does when a failed invoice has no retry
 * left. A comma-separated list of
 * <ul>
 *   <li>{@code cancel} — cancel the subscription now (no proration; {@code subscription.updated});</li>
 *   <li>{@code uncollectible} — mark the invoice uncollectible (it can still be paid later);</li>
 * </ul>
 * or {@code past_due} alone: do neither, the subscription stays {@code past_due} and the invoice
 * {@code open} until it is paid, voided or handled by hand. Default {@code cancel,uncollectible}
 * ({@link DunningPolicy#DEFAULT}). Anything else is a configuration error naming the values allowed.
 */
final class DunningFinalActions {
    static final String NAME = "DUNNING_ON_EXHAUSTED";
    static final String DEFAULT = "cancel,uncollectible";
    private static final String ALLOWED = "a comma-separated list of cancel and uncollectible, or past_due alone";

    private DunningFinalActions() {}

    static Set<FinalAction> read(Settings s) {
        String text = s.string(
                NAME,
                DEFAULT,
                "when a failed payment has no retry left: cancel (the subscription, now), uncollectible (mark the "
                        + "invoice), both comma-separated, or past_due (neither: the subscription stays past_due, the "
                        + "invoice open)");
        List<String> words = new ArrayList<>();
        for (String w : text.split(",", -1)) {
            words.add(w.trim().toLowerCase(Locale.ROOT));
        }
        if (words.equals(List.of("past_due"))) {
            return Set.of();
        }
        Set<FinalAction> actions = EnumSet.noneOf(FinalAction.class);
        for (String w : words) {
            switch (w) {
                case "cancel" -> actions.add(FinalAction.CANCEL_SUBSCRIPTION);
                case "uncollectible" -> actions.add(FinalAction.MARK_UNCOLLECTIBLE);
                default -> {
                    s.reject(NAME + "='" + text + "': '" + w + "' is not allowed; allowed: " + ALLOWED);
                    return DunningPolicy.DEFAULT.onExhausted();
                }
            }
        }
        return Set.copyOf(actions);
    }
}
