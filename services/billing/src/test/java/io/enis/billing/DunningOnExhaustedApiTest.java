package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.DunningPolicy.FinalAction;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code DUNNING_ON_EXHAUSTED} over real HTTP on the embedded store: a hard decline leaves no retry,
 * and what follows is what the setting says. The payment provider is a {@link ScriptedPaymentProvider}
 * (stripe-mock is stateless and always succeeds, so it cannot decline).
 */
class DunningOnExhaustedApiTest {
    @TempDir
    Path dir;

    private static Set<FinalAction> read(String value) {
        Settings s = new Settings(value == null ? Map.of() : Map.of("DUNNING_ON_EXHAUSTED", value));
        Set<FinalAction> actions = BillingConfig.read(s).dunningOnExhausted();
        s.requireValid();
        return actions;
    }

    @Test
    void theSettingIsAListOfActionsOrPastDue() {
        assertThat(read(null))
                .containsExactlyInAnyOrder(FinalAction.CANCEL_SUBSCRIPTION, FinalAction.MARK_UNCOLLECTIBLE);
        assertThat(read("cancel")).containsExactly(FinalAction.CANCEL_SUBSCRIPTION);
        assertThat(read(" Uncollectible ")).containsExactly(FinalAction.MARK_UNCOLLECTIBLE);
        assertThat(read("uncollectible,cancel")).hasSize(2);
        assertThat(read("past_due")).isEmpty();
        for (String bad : new String[] {"delete", "past_due,cancel", "cancel,", "cancel,,uncollectible"}) {
            assertThatThrownBy(() -> read(bad))
                    .as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("DUNNING_ON_EXHAUSTED='" + bad + "'")
                    .hasMessageContaining(
                            "allowed: a comma-separated list of cancel and uncollectible, or past_due alone");
        }
    }

    @ParameterizedTest(name = "[{index}] DUNNING_ON_EXHAUSTED={0} gives {1}, {2}")
    @CsvSource({
        "'',                   canceled, uncollectible",
        "'cancel,uncollectible', canceled, uncollectible",
        "cancel,               canceled, open",
        "uncollectible,        past_due, uncollectible",
        "past_due,             past_due, open"
    })
    void whatDunningDoesWhenNoRetryIsLeft(String setting, String subscription, String invoice) throws Exception {
        var provider = new ScriptedPaymentProvider()
                .then(ChargeOutcome.declined("pi_lost", "stolen_card", "The card was reported stolen."));
        Map<String, String> env = new HashMap<>(Map.of("USAGE_GRACE_PERIOD", "1h"));
        if (!setting.isEmpty()) {
            env.put("DUNNING_ON_EXHAUSTED", setting);
        }
        try (var fx = new BillingFixture(new BillingService(config -> provider), TestStores.Store.EMBEDDED, dir, env)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "basic");
            fx.clock.set(Instant.parse("2026-02-28T11:30:00Z"));
            var tick = fx.definition.jobs().runOnce();
            assertThat(tick.invoicesFinalized()).isEqualTo(1);
            assertThat(provider.charges()).as("a hard decline is not retried").isEqualTo(1);
            var invoices = fx.admin
                    .get("/v1/billing/invoices?customer_id=" + ids.get("customer"))
                    .json()
                    .path("data");
            assertThat(invoices.get(0).path("status").asText()).isEqualTo(invoice);
            assertThat(fx.admin
                            .get("/v1/billing/subscriptions/" + sub)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo(subscription);
        }
    }
}
