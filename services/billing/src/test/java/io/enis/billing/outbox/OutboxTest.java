package io.enis.billing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.events.CloudBusTarget;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.events.OutboxRelay;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Billing's changes and the events announcing them: one transaction, published by the kit's relay. */
class OutboxTest {
    static final Currency EUR = Currency.of("EUR");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    private static Invoice draft(InvoiceStore invoices, String key) {
        var period = new BillingPeriod(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        return invoices.createDraft(
                new BillingInput(
                        "org_a",
                        "cus_1",
                        EUR,
                        key,
                        period,
                        List.of(),
                        List.of(),
                        List.of(new LineRequest.RecurringFee(
                                "Pro", FlatPrice.of(Money.of(1000, EUR)), Quantity.of(1), period))),
                "t");
    }

    private static List<String> types(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select type from kit_outbox order by id")
                .mapTo(String.class)
                .list());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void changesAreAnnouncedInTheirTransactionAndRolledBackChangesNever(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices =
                    new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT, EventOutbox.of(clock, "billing"));
            Invoice invoice = draft(invoices, "k1");
            assertThat(types(db.jdbi())).as("drafts are not announced").isEmpty();
            invoices.finalize(invoice.id(), "t");
            invoices.markPaid(invoice.id(), Money.of(1000, EUR), "t");
            invoices.credit(invoice.id(), Money.of(100, EUR), "order_change", "t");
            assertThat(types(db.jdbi()))
                    .containsExactly(
                            "cloud.enis.billing.invoice.finalized",
                            "cloud.enis.billing.invoice.paid",
                            "cloud.enis.billing.credit_note.created");

            Invoice other = invoices.finalize(draft(invoices, "k2").id(), "t");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
                        invoices.change(h, other.id(), "t", "voided", inv -> inv.voided(clock.instant()));
                        throw new IllegalStateException("a later step of the same change fails");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(invoices.get(other.id()).status().wire()).isEqualTo("open");
            assertThat(types(db.jdbi())).doesNotContain("cloud.enis.billing.invoice.voided");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theRelayPublishesCloudEventsAtLeastOnceRetryingFailures(Store store) throws Exception {
        try (Database db = TestDatabase.open(store, dir);
                HttpReceiver bus = new HttpReceiver().failFirst(1, 503)) {
            InvoiceStore invoices =
                    new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT, EventOutbox.of(clock, "billing"));
            Invoice invoice = invoices.finalize(draft(invoices, "k1").id(), "t");
            invoices.markPaid(invoice.id(), Money.of(1000, EUR), "t");
            OutboxRelay relay = new OutboxRelay(
                    db.jdbi(),
                    clock,
                    "billing",
                    new CloudBusTarget(URI.create(bus.url("/v1/events")), "publish-key"),
                    HttpClient.newHttpClient());

            assertThat(relay.publishDue(10))
                    .as("the first send fails: the batch stops")
                    .isZero();
            assertThat(relay.backlog()).isEqualTo(2);
            assertThat(relay.publishDue(10)).as("not due before its backoff").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(relay.publishDue(10)).isEqualTo(2);
            assertThat(relay.backlog()).isZero();
            assertThat(relay.publishDue(10)).isZero();

            List<HttpReceiver.Request> sent = bus.accepted();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer publish-key");
            assertThat(sent.get(0).header("Content-Type")).isEqualTo("application/cloudevents+json");
            JsonNode first = Json.parse(sent.get(0).bytes());
            assertThat(first.get("specversion").asText()).isEqualTo("1.0");
            assertThat(first.get("type").asText()).isEqualTo("cloud.enis.billing.invoice.finalized");
            assertThat(first.get("source").asText()).isEqualTo("/billing");
            assertThat(first.get("data").get("number").asText()).isEqualTo("ENIS-2026-000001");
            assertThat(sent.get(0).header("Idempotency-Key"))
                    .isEqualTo(first.get("id").asText());
            assertThat(Json.parse(sent.get(1).bytes()).get("type").asText())
                    .isEqualTo("cloud.enis.billing.invoice.paid");
        }
    }
}
