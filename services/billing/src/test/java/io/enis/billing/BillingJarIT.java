package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line: {@code --help} and configuration errors. */
class BillingJarIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-billing.jar");

    @TempDir
    Path work;

    @Test
    void helpListsTheSettings() throws Exception {
        Process p = ServiceProcess.launch(JAR, work, "help.log", Map.of(), "--help");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("help.log")))
                .contains(
                        "PAYMENT_PROVIDER",
                        "(default: offline)",
                        "STRIPE_API_KEY",
                        "STRIPE_WEBHOOK_SECRET",
                        "STRIPE_API_BASE",
                        "USAGE_GRACE_PERIOD",
                        "(default: 3d)",
                        "(default: 5000)",
                        "(default: 8083)",
                        "OTEL_SERVICE_NAME",
                        "(default: billing)");
    }

    @Test
    void badSettingsExitWith2NamingEachVariable() throws Exception {
        Process p = ServiceProcess.launch(
                JAR, work, "bad.log", Map.of("PAYMENT_PROVIDER", "stripe", "USAGE_GRACE_PERIOD", "a while"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log.err")))
                .contains("PAYMENT_PROVIDER=stripe needs STRIPE_API_KEY", "USAGE_GRACE_PERIOD='a while'")
                .doesNotContain("\tat ");
    }

    @Test
    void startsOnTheEmbeddedStoreAndStopsOnSigterm() throws Exception {
        var started = ServiceProcess.start(
                JAR, work, "run.log", Map.of("DATA_DIR", work.toString(), "ENIS_ADMIN_API_KEY", TestStores.ADMIN_KEY));
        Process p = started.process();
        try {
            var client = started.client(TestStores.ADMIN_KEY);
            ServiceProcess.awaitReady(client, p);
            assertThat(client.get("/v1/billing/customers").status()).isEqualTo(200);
        } finally {
            p.destroy();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isIn(0, 143);
    }
}
