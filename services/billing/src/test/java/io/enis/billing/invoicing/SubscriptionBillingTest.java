package io.enis.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.catalogue.CustomerInput;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Metrics;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.catalogue.Products;
import io.enis.billing.discounts.CouponInput;
import io.enis.billing.discounts.Coupons;
import io.enis.billing.discounts.Discounts;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceDocument;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.store.Ids;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.billing.testing.TestDatabase;
import io.enis.billing.usage.UsageIngest;
import io.enis.billing.usage.UsageRequest;
import io.enis.kit.db.Database;
import io.enis.kit.json.Json;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invoice run rates periods a chunk at a time ({@link SubscriptionBilling#inputs}); what it rates
 * must be exactly what rating one period on demand gives ({@link SubscriptionBilling#input}): fees,
 * prorations after a plan change, usage of two metrics (with the ids behind it), several customers and
 * their tax rates, a subscription without usage, coupons, prorations already invoiced by
 * {@code always_invoice}. Compared as invoice documents, byte for byte.
 */
class SubscriptionBillingTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aChunkRatesEveryPeriodAsRatingItAloneDoes(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            var jdbi = db.jdbi();
            var ids = new Ids(clock);
            String product = new Products(jdbi, ids, clock)
                    .create(json("{\"name\": \"API\"}"))
                    .id();
            var metrics = new Metrics(jdbi, ids, clock);
            metrics.create(json("{\"code\": \"calls\", \"name\": \"calls\", \"aggregation\": \"count\"}"));
            metrics.create(
                    json("{\"code\": \"gb\", \"name\": \"GB\", \"aggregation\": \"sum\", \"field_name\": \"gb\"}"));
            var plans = new Plans(jdbi, ids, clock);
            String plan = "{\"code\": \"%s\", \"name\": \"%s\", \"product_id\": \"" + product
                    + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"fee\": {\"model\": \"flat\", \"amount\": %d},"
                    + " \"charges\": [{\"metric_code\": \"calls\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"0.5\"}},"
                    + " {\"metric_code\": \"gb\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"100\"}}]}";
            String basic =
                    plans.create(json(plan.formatted("basic", "Basic", 1000))).id();
            String pro = plans.create(json(plan.formatted("pro", "Pro", 3000))).id();
            var customers = new Customers(jdbi, ids, clock);
            List<String> customerIds = new ArrayList<>();
            for (String tax : List.of("[]", "[{\"name\": \"VAT\", \"percentage\": \"21\"}]")) {
                customerIds.add(customers
                        .create(CustomerInput.read(
                                json("{\"name\": \"C\", \"currency\": \"EUR\", \"tax_rates\": " + tax + "}")))
                        .id());
            }
            var subscriptions = new Subscriptions(jdbi, ids, clock);
            List<String> subs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                subs.add(subscriptions
                        .create(
                                SubscriptionRequests.Create.read(json("{\"customer_id\": \"" + customerIds.get(i % 2)
                                        + "\", \"plan_id\": \"" + basic + "\"}")),
                                "t")
                        .id());
            }
            clock.set(Instant.parse("2026-01-10T00:00:00Z"));
            subscriptions.changePlan(
                    subs.get(1), SubscriptionRequests.ChangePlan.read(json("{\"plan_id\": \"" + pro + "\"}")), "t");
            var ingest = new UsageIngest(jdbi, subscriptions, clock, Duration.ofHours(1));
            StringBuilder events = new StringBuilder("{\"events\": [");
            for (int i = 0; i < 4; i++) { // not the last subscription: it has no usage
                for (int e = 0; e < i + 1; e++) {
                    events.append(events.length() > 12 ? "," : "")
                            .append("{\"transaction_id\": \"t")
                            .append(i)
                            .append('-')
                            .append(e)
                            .append("\", \"subscription_id\": \"")
                            .append(subs.get(3 - i))
                            .append("\", \"metric_code\": \"")
                            .append(e % 2 == 0 ? "calls\"" : "gb\", \"properties\": {\"gb\": " + (e + 0.5) + "}")
                            .append("}");
                }
            }
            ingest.record(UsageRequest.read(json(events.append("]}").toString())));
            clock.set(Instant.parse("2026-02-01T02:00:00Z"));

            var billing = new SubscriptionBilling(jdbi, subscriptions);
            var due = new DueInvoices(jdbi, subscriptions, billing, Duration.ofHours(1), 100);
            List<Subscriptions.PeriodRef> refs = due.unbilled(clock.instant().minus(Duration.ofHours(1)));
            assertThat(refs).hasSize(subs.size());
            List<SubscriptionBilling.Rated> chunk = billing.inputs(refs);

            for (int i = 0; i < refs.size(); i++) {
                var ref = refs.get(i);
                assertThat(chunk.get(i).refusal()).isNull();
                assertThat(document(chunk.get(i).input()))
                        .as(ref.subscriptionId())
                        .isEqualTo(document(billing.input(ref.subscriptionId(), ref.start())));
            }
            assertThat(chunk)
                    .extracting(r -> r.input().lines().size())
                    .as("fee and two usage lines; the changed one adds a credit and a charge")
                    .contains(3, 5);
        }
    }

    /**
     * The coupons of {@code billing-features} and the chunked run of {@code billing-perf} together: a
     * subscription with a coupon is discounted by the chunk exactly as rating it alone discounts it
     * (and {@link io.enis.billing.invoices.InvoiceStore#draftAndFinalize} stores that discount), and
     * prorations an {@code always_invoice} change already invoiced are not billed again by the chunk.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void aChunkAppliesCouponsAndSkipsProrationsInvoicedAtOnce(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            var jdbi = db.jdbi();
            var ids = new Ids(clock);
            String product = new Products(jdbi, ids, clock)
                    .create(json("{\"name\": \"API\"}"))
                    .id();
            var plans = new Plans(jdbi, ids, clock);
            String plan = "{\"code\": \"%s\", \"name\": \"%s\", \"product_id\": \"" + product
                    + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"fee\": {\"model\": \"flat\", \"amount\": %d}}";
            String basic =
                    plans.create(json(plan.formatted("basic", "Basic", 1000))).id();
            String pro = plans.create(json(plan.formatted("pro", "Pro", 3000))).id();
            String customer = new Customers(jdbi, ids, clock)
                    .create(CustomerInput.read(json("{\"name\": \"C\", \"currency\": \"EUR\", \"tax_rates\": []}")))
                    .id();
            var subscriptions = new Subscriptions(jdbi, ids, clock);
            List<String> subs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                subs.add(subscriptions
                        .create(
                                SubscriptionRequests.Create.read(json(
                                        "{\"customer_id\": \"" + customer + "\", \"plan_id\": \"" + basic + "\"}")),
                                "t")
                        .id());
            }
            String coupon = new Coupons(jdbi, ids, clock)
                    .create(CouponInput.read(
                            json("{\"name\": \"Launch\", \"percent_off\": \"20\", \"duration\": \"once\"}")))
                    .id();
            new Discounts(jdbi, ids, clock, subscriptions).apply(subs.get(0), coupon, "t");
            var billing = new SubscriptionBilling(jdbi, subscriptions);
            var invoices = new InvoiceStore(jdbi, clock, InvoiceNumbering.DEFAULT);
            clock.set(Instant.parse("2026-01-10T00:00:00Z"));
            subscriptions.changePlan(
                    subs.get(1),
                    SubscriptionRequests.ChangePlan.read(
                            json("{\"plan_id\": \"" + pro + "\", \"proration_behavior\": \"always_invoice\"}")),
                    "t");
            invoices.createDraft(billing.immediateProrations(subs.get(1)).orElseThrow(), "t");
            clock.set(Instant.parse("2026-02-01T02:00:00Z"));

            var due = new DueInvoices(jdbi, subscriptions, billing, Duration.ofHours(1), 100);
            List<Subscriptions.PeriodRef> refs = due.unbilled(clock.instant().minus(Duration.ofHours(1)));
            assertThat(refs)
                    .extracting(Subscriptions.PeriodRef::subscriptionId)
                    .containsExactlyInAnyOrderElementsOf(subs);
            List<SubscriptionBilling.Rated> chunk = billing.inputs(refs);
            List<BillingInput> alone = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                var ref = refs.get(i);
                alone.add(billing.input(ref.subscriptionId(), ref.start()));
                assertThat(chunk.get(i).refusal()).isNull();
                assertThat(document(chunk.get(i).input()))
                        .as(ref.subscriptionId())
                        .isEqualTo(document(alone.get(i)));
            }
            int withCoupon = position(refs, subs.get(0));
            int changed = position(refs, subs.get(1));
            int plain = position(refs, subs.get(2));
            assertThat(chunk.get(withCoupon).input().coupons()).hasSize(1);
            assertThat(chunk.get(plain).input().coupons()).isEmpty();
            assertThat(chunk.get(changed).input().lines())
                    .as("the prorations of the always_invoice change are on their own invoice already")
                    .noneMatch(l -> l instanceof LineRequest.Proration);

            List<InvoiceStore.Issued> issued = invoices.draftAndFinalize(
                    chunk.stream().map(SubscriptionBilling.Rated::input).toList(), "invoice-run");
            for (int i = 0; i < issued.size(); i++) {
                assertThat(issued.get(i).refusal()).isNull();
                assertThat(invoices.get(issued.get(i).invoice().id()).totals())
                        .as(refs.get(i).subscriptionId())
                        .isEqualTo(Invoice.draft("in_alone", alone.get(i), clock.instant())
                                .totals());
            }
            var discounted = invoices.get(issued.get(withCoupon).invoice().id()).totals();
            assertThat(discounted.discount().minor()).isEqualTo(200);
            assertThat(discounted.total().minor()).isEqualTo(800);
            assertThat(invoices.get(issued.get(plain).invoice().id())
                            .totals()
                            .discount()
                            .minor())
                    .isZero();
        }
    }

    private static int position(List<Subscriptions.PeriodRef> refs, String subscriptionId) {
        return refs.stream()
                .map(Subscriptions.PeriodRef::subscriptionId)
                .toList()
                .indexOf(subscriptionId);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        return Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String document(BillingInput input) {
        return new String(
                InvoiceDocument.bytes(Invoice.draft("in_same", input, clock.instant())),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
