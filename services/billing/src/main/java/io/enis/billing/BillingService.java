package io.enis.billing;

import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import java.util.Set;

/**
 * The billing service: a catalogue (customers, products, plans, billable metrics), subscriptions
 * with trials, pauses, cancellations and prorated plan changes, and usage metering with
 * deduplication and a late-event grace period. PostgreSQL in production, an embedded store otherwise.
 * Start: {@code java -jar services/billing/target/enis-billing.jar}.
 */
public final class BillingService implements ServiceDefinition<BillingConfig> {

    public static void main(String[] args) {
        ServiceLauncher.launch(new BillingService(), args);
    }

    @Override
    public String name() {
        return "billing";
    }

    @Override
    public int defaultPort() {
        return 8083;
    }

    /** Seed 000: billing 5K requests per minute. */
    @Override
    public int defaultRateLimitPerMinute() {
        return 5_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    @Override
    public BillingConfig readConfig(Settings settings) {
        return BillingConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, BillingConfig config) {
    }
}
