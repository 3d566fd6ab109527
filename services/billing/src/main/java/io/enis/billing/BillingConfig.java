package io.enis.billing;

import io.enis.billing.payments.DunningPolicy;
import io.enis.kit.config.Settings;
import io.enis.kit.events.CloudBusTarget;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of the billing service (beyond the kit's common ones). The payment settings are read here
 * so that {@code --help} lists them with the rest; the payment code uses them.
 *
 * @param paymentProvider     {@code PAYMENT_PROVIDER}: {@code stripe} or {@code offline}; default
 *                            {@code stripe} when {@code STRIPE_API_KEY} is set, else {@code offline}
 * @param stripeApiKey        {@code STRIPE_API_KEY}: a secret ({@code sk_…}) or restricted ({@code rk_…}) key;
 *                            required with {@code PAYMENT_PROVIDER=stripe}
 * @param stripeWebhookSecret {@code STRIPE_WEBHOOK_SECRET}: the {@code whsec_…} signing secret of the webhook endpoint
 * @param stripeApiBase       {@code STRIPE_API_BASE}, default {@code https://api.stripe.com} (stripe-mock in tests)
 * @param usageGracePeriod    {@code USAGE_GRACE_PERIOD}: how long after a period closes its late usage is
 *                            still accepted, default 72h
 * @param invoicePrefix       {@code INVOICE_NUMBER_PREFIX}, default {@code ENIS}
 * @param dunningRetries      {@code DUNNING_RETRY_OFFSETS}: after a failed payment, retry at these offsets, default 1d,3d,5d,7d
 * @param dunningOnExhausted  {@code DUNNING_ON_EXHAUSTED}: what is done when no retry is left ({@link DunningFinalActions}),
 *                            default {@code cancel,uncollectible}
 * @param cloudBus            {@code CLOUD_BUS_URL} + {@code CLOUD_BUS_API_KEY}: where invoice, payment and
 *                            subscription events are published; empty (both unset): no events are recorded or sent
 * @param jobsInterval        {@code BILLING_JOBS_INTERVAL}: how often the lease holder runs the invoice run,
 *                            dunning and the outbox relay, default 1m
 */
public record BillingConfig(
        PaymentProvider paymentProvider,
        Optional<String> stripeApiKey,
        Optional<String> stripeWebhookSecret,
        String stripeApiBase,
        Duration usageGracePeriod,
        String invoicePrefix,
        List<Duration> dunningRetries,
        Set<DunningPolicy.FinalAction> dunningOnExhausted,
        Optional<CloudBusTarget> cloudBus,
        Duration jobsInterval) {

    /** The cloud-bus publish endpoint and a key with {@code events:publish}. */

    /** Who moves the money. */
    public enum PaymentProvider {
        /** Stripe, through its API at {@code STRIPE_API_BASE} */
        STRIPE,
        /** nothing is charged; invoices are marked paid through the API (local use) */
        OFFLINE
    }

    static BillingConfig read(Settings s) {
        Optional<String> apiKey = s.optional(
                "STRIPE_API_KEY",
                "Stripe secret (sk_…) or restricted (rk_…) API key; "
                        + "setting it makes stripe the default PAYMENT_PROVIDER");
        apiKey.filter(k -> !k.matches("(sk|rk)_(test|live)_[A-Za-z0-9]+"))
                .ifPresent(k -> s.reject(
                        "STRIPE_API_KEY: must be a Stripe secret or restricted key (sk_test_…, sk_live_…, rk_…)"));
        String provider = s.choice(
                "PAYMENT_PROVIDER",
                apiKey.isPresent() ? "stripe" : "offline",
                List.of("stripe", "offline"),
                "who takes payments: stripe, or offline (nothing charged, invoices marked paid through the API, "
                        + "payment methods and refunds only recorded); default stripe when STRIPE_API_KEY is set, else offline");
        PaymentProvider payments = PaymentProvider.valueOf(provider.toUpperCase(Locale.ROOT));
        if (payments == PaymentProvider.STRIPE && apiKey.isEmpty()) {
            s.reject("PAYMENT_PROVIDER=stripe needs STRIPE_API_KEY");
        }
        Optional<String> webhookSecret = s.optional(
                "STRIPE_WEBHOOK_SECRET",
                "signing secret (whsec_…) of the Stripe webhook endpoint POST /v1/billing/webhooks/stripe");
        webhookSecret
                .filter(w -> !w.startsWith("whsec_"))
                .ifPresent(w -> s.reject("STRIPE_WEBHOOK_SECRET: must start with whsec_"));
        String apiBase = s.string(
                "STRIPE_API_BASE",
                "https://api.stripe.com",
                "Stripe API base URL (stripe-mock in tests: http://127.0.0.1:12111)");
        if (!apiBase.matches("https?://[^\\s/]+(:[0-9]+)?/?")) {
            s.reject("STRIPE_API_BASE='" + apiBase + "': must be an http:// or https:// URL without a path");
        }
        Duration grace = s.duration(
                "USAGE_GRACE_PERIOD",
                Duration.ofHours(72),
                Duration.ZERO,
                "after a billing period closes, how long late usage events for it are still accepted");
        String prefix = s.matching(
                "INVOICE_NUMBER_PREFIX",
                "ENIS",
                java.util.regex.Pattern.compile("[A-Z0-9]{1,12}"),
                "1-12 of A-Z 0-9",
                "prefix of invoice numbers (ENIS-2026-000042)");
        List<Duration> retries = dunningRetries(s);
        Set<DunningPolicy.FinalAction> onExhausted = DunningFinalActions.read(s);
        Duration jobs = s.duration(
                "BILLING_JOBS_INTERVAL",
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                "how often the replica holding the billing lease runs the invoice run, dunning retries and the outbox relay");
        return new BillingConfig(
                payments,
                apiKey,
                webhookSecret,
                apiBase.replaceAll("/$", ""),
                grace,
                prefix,
                retries,
                onExhausted,
                CloudBusTarget.read(s, "invoice, payment and subscription events"),
                jobs);
    }

    private static List<Duration> dunningRetries(Settings s) {
        String text = s.string(
                "DUNNING_RETRY_OFFSETS",
                "1d,3d,5d,7d",
                "after a failed payment, retry at these offsets from the first failure, ascending");
        try {
            List<Duration> offsets = java.util.Arrays.stream(text.split(","))
                    .map(String::trim)
                    .map(io.enis.kit.time.Durations::parse)
                    .toList();
            for (int i = 1; i < offsets.size(); i++) {
                if (offsets.get(i).compareTo(offsets.get(i - 1)) <= 0) {
                    s.reject("DUNNING_RETRY_OFFSETS='" + text + "': offsets must ascend");
                }
            }
            return offsets;
        } catch (IllegalArgumentException e) {
            s.reject("DUNNING_RETRY_OFFSETS='" + text + "': " + e.getMessage());
            return List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7));
        }
    }
}
