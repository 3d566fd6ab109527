package io.enis.billing.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.PaymentService;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.json.Json;
import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Receives Stripe's webhook events ({@code POST /v1/billing/webhooks/stripe}): verifies the
 * signature ({@link StripeSignature}), then applies each event id once. The id is claimed in
 * {@code stripe_events} before the event is applied: a redelivery or replay of a claimed id answers
 * {@link Result#DUPLICATE} and changes nothing; if applying fails the claim is dropped so Stripe's
 * redelivery tries again. Types handled: {@code payment_intent.succeeded} and
 * {@code payment_intent.payment_failed} settle the invoice's pending attempt
 * ({@link PaymentService#settleFromProvider}); every other type is acknowledged and ignored
 * ({@link Result#IGNORED}, still recorded, so its replay is a duplicate too).
 */
public final class StripeWebhooks {
    /** What happened to a verified event; all of them are answered 2xx so Stripe stops resending. */
    public enum Result {
        PROCESSED,
        DUPLICATE,
        IGNORED
    }

    private final StripeSignature signature;
    private final Jdbi jdbi;
    private final PaymentService payments;
    private final Clock clock;

    public StripeWebhooks(StripeSignature signature, Jdbi jdbi, PaymentService payments, Clock clock) {
        this.signature = Objects.requireNonNull(signature, "signature");
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param payload         the request body exactly as received (the signature covers its bytes)
     * @param signatureHeader the {@code Stripe-Signature} header
     * @throws InvalidInputException on {@code Stripe-Signature} for a bad, stale or missing signature;
     *                               on {@code body}, {@code id}, {@code type} for an event that is not one
     */
    public Result receive(byte[] payload, String signatureHeader) {
        signature.verify(payload, signatureHeader);
        JsonNode event = Json.parse(payload);
        String id = text(event, "id");
        String type = text(event, "type");
        boolean handled = type.equals("payment_intent.succeeded") || type.equals("payment_intent.payment_failed");
        if (!claim(id, type, handled ? "processing" : "ignored")) {
            return Result.DUPLICATE;
        }
        if (!handled) {
            return Result.IGNORED;
        }
        try {
            apply(type, event.path("data").path("object"), "webhook:" + id);
        } catch (RuntimeException e) {
            jdbi.useHandle(h -> h.createUpdate("delete from stripe_events where event_id = :id")
                    .bind("id", id)
                    .execute());
            throw e;
        }
        jdbi.useHandle(h -> h.createUpdate("update stripe_events set outcome = 'processed' where event_id = :id")
                .bind("id", id)
                .execute());
        return Result.PROCESSED;
    }

    private void apply(String type, JsonNode intent, String actor) {
        String intentId = text(intent, "data.object.id", "id");
        ChargeOutcome outcome;
        if (type.equals("payment_intent.succeeded")) {
            outcome = ChargeOutcome.succeeded(intentId);
        } else {
            JsonNode error = intent.path("last_payment_error");
            String code = error.hasNonNull("decline_code")
                    ? error.get("decline_code").asText()
                    : error.hasNonNull("code") ? error.get("code").asText() : null;
            outcome =
                    ChargeOutcome.declined(intentId, code, error.path("message").asText(null));
        }
        payments.settleFromProvider(intentId, outcome, actor);
    }

    private boolean claim(String id, String type, String outcome) {
        try {
            jdbi.useHandle(h -> h.createUpdate(
                            "insert into stripe_events (event_id, type, outcome, received_at) values (:id, :type, :outcome, :at)")
                    .bind("id", id)
                    .bind("type", type)
                    .bind("outcome", outcome)
                    .bind("at", clock.millis())
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException failed) {
            boolean seen = jdbi.withHandle(h -> h.createQuery("select count(*) from stripe_events where event_id = :id")
                            .bind("id", id)
                            .mapTo(Integer.class)
                            .one()
                    > 0);
            if (seen) {
                return false;
            }
            throw failed;
        }
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 255) {
            throw InvalidInputException.field(
                    path, "is required; allowed: the Stripe event's non-empty string " + path);
        }
        return v.asText();
    }
}
