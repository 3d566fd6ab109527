package io.enis.stacks.services;

import io.enis.constructs.aws.secrets.ManagedSecret;
import io.enis.constructs.aws.secrets.ManagedSecretProps;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The billing service (subscriptions, invoices, payments with Stripe, usage), its database and
 * the Stripe API key and webhook signing secret — created empty here, set out of band, so their
 * values never appear in Terraform. Invoice, payment and subscription events are published to the
 * cloud-bus with the platform's publish-only key, as observability publishes its alerts.
 */
public final class BillingStack extends ServiceStack {
    public static final String SERVICE = "billing";

    public BillingStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var apiKey = new ManagedSecret(
                this,
                "StripeApiKey",
                ManagedSecretProps.builder()
                        .name(naming.secretName("stripe-api-key"))
                        .key(platform.dataKey())
                        .description("Stripe secret API key of billing; set the value out of band")
                        .build());
        var webhookSecret = new ManagedSecret(
                this,
                "StripeWebhookSecret",
                ManagedSecretProps.builder()
                        .name(naming.secretName("stripe-webhook-secret"))
                        .key(platform.dataKey())
                        .description("Stripe webhook signing secret of billing; set the value out of band")
                        .build());
        var wiring = new ServiceWiring()
                .secret("STRIPE_API_KEY", apiKey.arn(), null)
                .secret("STRIPE_WEBHOOK_SECRET", webhookSecret.arn(), null)
                .egress("stripe", "0.0.0.0/0", 443)
                // invoice, payment and subscription events go to the cloud-bus as CloudEvents, with the publish-only
                // key
                .env("CLOUD_BUS_URL", CloudBusStack.EVENTS_URL)
                .secret("CLOUD_BUS_API_KEY", platform.cloudBusPublisherKeySecretArn(), null)
                .egress("cloud-bus", env.network().vpcCidr(), PORT)
                .callers(List.of("cloud-bus"));
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/billing"), wiring);
    }
}
