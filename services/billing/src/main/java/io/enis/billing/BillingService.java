package io.enis.billing;

import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Metrics;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.catalogue.Products;
import io.enis.billing.store.Ids;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.billing.usage.UsageAggregates;
import io.enis.billing.usage.UsageIngest;
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
    private Subscriptions subscriptions;

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
        var jdbi = runtime.database().jdbi();
        var clock = runtime.clock();
        var ids = new Ids(clock);
        var customers = new Customers(jdbi, ids, clock);
        var plans = new Plans(jdbi, ids, clock);
        new CatalogueRoutes(customers, new Products(jdbi, ids, clock), plans, new Metrics(jdbi, ids, clock), runtime.idempotency())
                .register(runtime.api());
        subscriptions = new Subscriptions(jdbi, ids, clock);
        new SubscriptionRoutes(subscriptions, runtime.idempotency()).register(runtime.api());
        new UsageRoutes(new UsageIngest(jdbi, subscriptions, clock, config.usageGracePeriod()), new UsageAggregates(jdbi, subscriptions),
                runtime.idempotency()).register(runtime.api());
    }

    /** The subscriptions of the running instance (the invoice run and the payment code use them; tests too). */
    public Subscriptions subscriptions() {
        return subscriptions;
    }
}
