package io.enis.billing;

import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Metrics;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.catalogue.Products;
import io.enis.billing.discounts.Coupons;
import io.enis.billing.discounts.Discounts;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceRun;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoicing.BillingJobs;
import io.enis.billing.invoicing.CreditNotes;
import io.enis.billing.invoicing.CustomerBalances;
import io.enis.billing.invoicing.CustomerPayers;
import io.enis.billing.invoicing.DueInvoices;
import io.enis.billing.invoicing.Invoicing;
import io.enis.billing.invoicing.PaymentMethods;
import io.enis.billing.invoicing.SubscriptionBilling;
import io.enis.billing.invoicing.SubscriptionChanges;
import io.enis.billing.invoicing.SubscriptionDunning;
import io.enis.billing.payments.DunningPolicy;
import io.enis.billing.payments.OfflinePaymentProvider;
import io.enis.billing.payments.PaymentProvider;
import io.enis.billing.payments.PaymentService;
import io.enis.billing.payments.StripePaymentProvider;
import io.enis.billing.store.Ids;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.billing.usage.UsageAggregates;
import io.enis.billing.usage.UsageIngest;
import io.enis.billing.webhooks.StripeSignature;
import io.enis.billing.webhooks.StripeWebhooks;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The billing service: a catalogue (customers, products, plans, billable metrics), subscriptions
 * with trials, pauses, cancellations and prorated plan changes, usage metering with deduplication
 * and a late-event grace period, invoices (on demand and by a leased period-end run, rendered to
 * HTML and PDF), payments through Stripe or offline with dunning, Stripe webhooks, and events to
 * the cloud-bus through an outbox. PostgreSQL in production, an embedded store otherwise.
 * Start: {@code java -jar services/billing/target/enis-billing.jar}.
 */
public final class BillingService implements ServiceDefinition<BillingConfig> {
    /** How long a Stripe call may take before its outcome counts as unknown (and is resent). */
    static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(30);
    /** An attempt still processing after this long is taken as lost and resent under its key. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    /** Periods the invoice run rates per run at most. */
    static final int INVOICE_RUN_BATCH = 20_000;

    private final Function<BillingConfig, PaymentProvider> providers;
    private Subscriptions subscriptions;
    private BillingJobs jobs;

    public BillingService() {
        this(BillingService::provider);
    }

    /** A service whose payment provider comes from {@code providers} (tests: a scripted provider). */
    public BillingService(Function<BillingConfig, PaymentProvider> providers) {
        this.providers = providers;
    }

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
        EventOutbox outbox = config.cloudBus().isPresent() ? EventOutbox.of(clock, name()) : EventOutbox.disabled();
        var customers = new Customers(jdbi, ids, clock);
        var plans = new Plans(jdbi, ids, clock);
        new CatalogueRoutes(
                        customers,
                        new Products(jdbi, ids, clock),
                        plans,
                        new Metrics(jdbi, ids, clock),
                        runtime.idempotency())
                .register(runtime.api());
        subscriptions = new Subscriptions(jdbi, ids, clock, outbox);
        new DiscountRoutes(
                        new Coupons(jdbi, ids, clock, outbox),
                        new Discounts(jdbi, ids, clock, subscriptions, outbox),
                        runtime.idempotency())
                .register(runtime.api());
        var ingest = new UsageIngest(jdbi, subscriptions, clock, config.usageGracePeriod());
        runtime.onStop(ingest);
        new UsageRoutes(ingest, new UsageAggregates(jdbi, subscriptions), runtime.idempotency())
                .register(runtime.api());

        var invoices = new InvoiceStore(jdbi, clock, new InvoiceNumbering(config.invoicePrefix()), outbox);
        var billing = new SubscriptionBilling(jdbi, subscriptions);
        PaymentProvider provider = providers.apply(config);
        var payers = new CustomerPayers(jdbi, customers, provider);
        new CustomerAccountRoutes(
                        new PaymentMethods(jdbi, customers, provider, payers, clock, outbox),
                        new CustomerBalances(jdbi, customers),
                        runtime.idempotency())
                .register(runtime.api());
        var payments = new PaymentService(
                jdbi,
                invoices,
                provider,
                payers,
                new DunningPolicy(
                        config.dunningRetries(), config.dunningOnExhausted(), DunningPolicy.DEFAULT.unknownRetry()),
                new SubscriptionDunning(subscriptions),
                clock,
                STUCK_AFTER,
                outbox);
        new InvoiceRoutes(
                        new Invoicing(invoices, billing),
                        new CreditNotes(jdbi, invoices, payments),
                        runtime.idempotency())
                .register(runtime.api());
        new SubscriptionRoutes(
                        subscriptions,
                        new SubscriptionChanges(subscriptions, billing, invoices, payments),
                        runtime.idempotency())
                .register(runtime.api());
        Optional<StripeWebhooks> webhooks = config.stripeWebhookSecret()
                .map(secret -> new StripeWebhooks(
                        new StripeSignature(List.of(secret), StripeSignature.DEFAULT_TOLERANCE, clock),
                        jdbi,
                        payments,
                        clock));
        new PaymentRoutes(payments, webhooks, runtime.idempotency()).register(runtime.api());

        String holder = LeaderLease.replicaHolder(name());
        var invoiceRun = new InvoiceRun(
                new LeaderLease(jdbi, clock, "invoice-run", holder, Duration.ofMinutes(10)),
                invoices,
                new DueInvoices(jdbi, subscriptions, billing, config.usageGracePeriod(), INVOICE_RUN_BATCH),
                clock);
        Optional<OutboxRelay> relay = config.cloudBus().map(bus -> OutboxRelay.to(bus, jdbi, clock, name()));
        jobs = new BillingJobs(
                new LeaderLease(jdbi, clock, "billing-jobs", holder, LeaderSchedule.leaseTtlFor(config.jobsInterval())),
                invoiceRun,
                payments,
                relay,
                config.jobsInterval());
        jobs.start();
        runtime.onStop(jobs);
    }

    private static PaymentProvider provider(BillingConfig config) {
        return config.paymentProvider() == BillingConfig.PaymentProvider.STRIPE
                ? StripePaymentProvider.create(
                        config.stripeApiKey().orElseThrow(), config.stripeApiBase(), PROVIDER_TIMEOUT)
                : new OfflinePaymentProvider();
    }

    /** The subscriptions of the running instance (tests). */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** The background jobs of the running instance: tests run a tick with a simulated clock. */
    public BillingJobs jobs() {
        return jobs;
    }
}
