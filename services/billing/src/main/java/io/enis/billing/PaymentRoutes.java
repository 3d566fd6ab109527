package io.enis.billing;

import io.enis.billing.invoicing.BillingRequests;
import io.enis.billing.payments.PaymentService;
import io.enis.billing.webhooks.StripeWebhooks;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v1/billing/payments} (collect an invoice, record an offline payment, refund, list an
 * invoice's attempts) and {@code POST /v1/billing/webhooks/stripe}, which carries no API key: each
 * request is authenticated by its {@code Stripe-Signature}.
 */
final class PaymentRoutes {
    private static final String BASE = "/v1/billing/payments";
    static final String WEBHOOK = "/v1/billing/webhooks/stripe";
    private final PaymentService payments;
    private final Optional<StripeWebhooks> webhooks;
    private final Idempotency idempotency;

    PaymentRoutes(PaymentService payments, Optional<StripeWebhooks> webhooks, Idempotency idempotency) {
        this.payments = payments;
        this.webhooks = webhooks;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.get(
                BASE,
                Scopes.BILLING_READ,
                ctx -> Responses.ok(
                        ctx,
                        Map.of(
                                "data",
                                payments.payments(BillingRequests.invoiceIdQuery(ctx.queryParam("invoice_id"))).stream()
                                        .map(Documents::payment)
                                        .toList())));
        api.post(
                BASE,
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.ok(
                        ctx,
                        Documents.payment(payments.collect(
                                BillingRequests.invoiceId(Json.parse(ctx.bodyAsBytes())), actor(ctx))))));
        api.post(BASE + "/manual", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> {
            var manual = BillingRequests.ManualPayment.read(Json.parse(ctx.bodyAsBytes()));
            Responses.json(
                    ctx,
                    201,
                    Documents.payment(
                            payments.recordManualPayment(manual.invoiceId(), manual.reference(), actor(ctx))));
        }));
        api.post(BASE + "/{id}/refunds", Scopes.BILLING_WRITE, idempotency.wrap(this::refund));
        api.signedPost(
                WEBHOOK,
                ctx -> Responses.ok(
                        ctx,
                        Map.of(
                                "result",
                                webhooks.orElseThrow(() -> InvalidInputException.field(
                                                "Stripe-Signature",
                                                "cannot be verified: this service has no STRIPE_WEBHOOK_SECRET"))
                                        .receive(ctx.bodyAsBytes(), ctx.header("Stripe-Signature"))
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT))));
    }

    /** A refund needs its own {@code Idempotency-Key}: a retried refund returns the first. */
    private void refund(Context ctx) {
        String key = ctx.header(Idempotency.HEADER);
        if (key == null) {
            throw InvalidInputException.field(
                    Idempotency.HEADER, "is required for a refund, so that a retry cannot refund twice");
        }
        long amount = BillingRequests.refundAmount(Json.parse(ctx.bodyAsBytes()));
        String paymentId = ctx.pathParam("id");
        Responses.json(ctx, 201, Documents.refund(payments.refund(paymentId, amount, key, actor(ctx))));
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }
}
