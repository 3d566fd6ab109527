package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on the kit: its document matches its routes, --help lists its settings. */
class BillingServiceTest {
    @TempDir
    Path dataDir;

    @Test
    void theDocumentMatchesTheRoutes() throws Exception {
        try (var fx = new BillingFixture(TestStores.Store.EMBEDDED, dataDir)) {
            OpenApiContract.assertMatches(fx.service);
            var doc = fx.admin.get("/openapi.json").json();
            assertThat(doc.path("components")
                            .path("schemas")
                            .path("Scope")
                            .path("enum")
                            .toString())
                    .contains("billing:read", "billing:write", "usage:write");
            assertThat(fx.admin.get("/health/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void helpListsEverySettingWithItsDefault() {
        String help = ServiceLauncher.help(new BillingService());
        assertThat(help)
                .contains(
                        "PAYMENT_PROVIDER",
                        "(default: offline)",
                        "default stripe when STRIPE_API_KEY is set",
                        "STRIPE_API_KEY",
                        "STRIPE_WEBHOOK_SECRET",
                        "STRIPE_API_BASE",
                        "(default: https://api.stripe.com)",
                        "USAGE_GRACE_PERIOD",
                        "(default: 3d)",
                        "RATE_LIMIT_PER_MINUTE",
                        "(default: 5000)",
                        "(default: 8083)",
                        "INVOICE_NUMBER_PREFIX",
                        "DUNNING_RETRY_OFFSETS",
                        "(default: 1d,3d,5d,7d)",
                        "DUNNING_ON_EXHAUSTED",
                        "(default: cancel,uncollectible)");
    }
}
