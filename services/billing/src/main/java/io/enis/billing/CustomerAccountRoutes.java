package io.enis.billing;

import io.enis.billing.invoicing.CustomerBalances;
import io.enis.billing.invoicing.PaymentMethods;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /v1/billing/customers/{id}/payment-methods} (attach one: it becomes the default; list them;
 * {@code …/history}: every audited change of them)
 * and {@code /v1/billing/customers/{id}/balance} (the credit balance credit notes built up).
 */
final class CustomerAccountRoutes {
    private static final Pattern METHOD = Pattern.compile("pm_[A-Za-z0-9_]{1,200}");
    private final PaymentMethods methods;
    private final CustomerBalances balances;
    private final Idempotency idempotency;

    CustomerAccountRoutes(PaymentMethods methods, CustomerBalances balances, Idempotency idempotency) {
        this.methods = methods;
        this.balances = balances;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        String path = "/v1/billing/customers/{id}/payment-methods";
        api.post(
                path,
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.json(
                        ctx,
                        201,
                        methods.attach(
                                ctx.pathParam("id"),
                                paymentMethodId(ctx.bodyAsBytes()),
                                Authenticator.principal(ctx).keyId()))));
        api.get(path, Scopes.BILLING_READ, ctx -> Responses.ok(ctx, Map.of("data", methods.list(ctx.pathParam("id")))));
        api.get(
                path + "/history",
                Scopes.BILLING_READ,
                ctx -> Responses.ok(ctx, Map.of("data", methods.history(ctx.pathParam("id")))));
        api.get(
                "/v1/billing/customers/{id}/balance",
                Scopes.BILLING_READ,
                ctx -> Responses.ok(ctx, balances.balance(ctx.pathParam("id"))));
    }

    /** {@code {"payment_method_id": "pm_…"}}. */
    private static String paymentMethodId(byte[] body) {
        var json = Json.parse(body);
        Fields f = new Fields();
        f.requireObject(json, "");
        f.throwIfInvalid();
        String id = f.requiredText(
                json,
                "payment_method_id",
                "payment_method_id",
                METHOD,
                "a provider's payment method id such as pm_card_visa (pm_ and 1 to 200 letters, digits or _)");
        f.throwIfInvalid();
        return id;
    }
}
