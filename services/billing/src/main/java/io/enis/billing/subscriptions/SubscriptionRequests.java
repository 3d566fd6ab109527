package io.enis.billing.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.enis.billing.input.Inputs;
import io.enis.kit.json.Fields;

/** The requests that create and change subscriptions, read and checked field by field. */
public final class SubscriptionRequests {
    /** The most seats (or other units) a subscription's fee is priced on. */
    public static final int MAX_QUANTITY = 1_000_000;

    private SubscriptionRequests() {}

    /**
     * {@code {"customer_id", "plan_id", "quantity" (1 to 1,000,000, default 1), "trial_days" (0 to 730,
     * default the plan's)}}.
     */
    public record Create(String customerId, String planId, long quantity, Integer trialDays) {
        /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field */
        public static Create read(JsonNode body) {
            Fields f = object(body);
            String customer = f.requiredText(body, "customer_id", "customer_id", null, null);
            String plan = f.requiredText(body, "plan_id", "plan_id", null, null);
            int quantity = Inputs.integer(f, body, "quantity", "quantity", 1, 1, MAX_QUANTITY);
            Integer trial = body.hasNonNull("trial_days")
                    ? Inputs.integer(f, body, "trial_days", "trial_days", 0, 0, 730)
                    : null;
            f.throwIfInvalid();
            return new Create(customer, plan, quantity, trial);
        }
    }

    /** When a change takes effect: {@code now} or at {@code period_end}. */
    public enum Timing {
        NOW,
        PERIOD_END
    }

    /**
     * {@code {"plan_id", "quantity" (default: the current one), "proration_behavior" (create_prorations,
     * always_invoice or none; default create_prorations), "timing" (now or period_end; default: now for
     * an upgrade, period_end for a downgrade)}}.
     */
    public record ChangePlan(String planId, Long quantity, ProrationBehavior behavior, Timing timing) {
        /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field */
        public static ChangePlan read(JsonNode body) {
            Fields f = object(body);
            String plan = f.requiredText(body, "plan_id", "plan_id", null, null);
            Long quantity = body.hasNonNull("quantity")
                    ? (long) Inputs.integer(f, body, "quantity", "quantity", 1, 1, MAX_QUANTITY)
                    : null;
            ProrationBehavior behavior = prorationBehavior(f, body);
            Timing timing = choice(f, body, "timing", Timing.class, null);
            f.throwIfInvalid();
            return new ChangePlan(plan, quantity, behavior, timing);
        }
    }

    /** {@code {"at": "now" | "period_end" (default period_end), "proration_behavior" (for now; default create_prorations)}}; the body may be empty. */
    public record Cancel(Timing at, ProrationBehavior behavior) {
        /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field */
        public static Cancel read(JsonNode body) {
            Fields f = object(body);
            Timing at = choice(f, body, "at", Timing.class, Timing.PERIOD_END);
            ProrationBehavior behavior = prorationBehavior(f, body);
            f.throwIfInvalid();
            return new Cancel(at, behavior);
        }
    }

    /** {@code {"proration_behavior"}} of a pause (default create_prorations); the body may be empty. */
    public static ProrationBehavior pause(JsonNode body) {
        Fields f = object(body);
        ProrationBehavior behavior = prorationBehavior(f, body);
        f.throwIfInvalid();
        return behavior;
    }

    /** An absent body reads as {@code {}}. */
    public static JsonNode orEmpty(byte[] body) {
        return body.length == 0 ? JsonNodeFactory.instance.objectNode() : io.enis.kit.json.Json.parse(body);
    }

    private static Fields object(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        return f;
    }

    private static ProrationBehavior prorationBehavior(Fields f, JsonNode body) {
        return choice(f, body, "proration_behavior", ProrationBehavior.class, ProrationBehavior.CREATE_PRORATIONS);
    }

    private static <E extends Enum<E>> E choice(Fields f, JsonNode body, String field, Class<E> type, E defaultValue) {
        return Inputs.choice(f, body, field, type, defaultValue);
    }
}
