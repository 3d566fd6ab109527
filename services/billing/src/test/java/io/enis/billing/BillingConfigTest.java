package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.BillingConfig.PaymentProvider;
import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingConfigTest {
    private static BillingConfig read(Map<String, String> env) {
        Settings s = new Settings(env);
        BillingConfig c = BillingConfig.read(s);
        s.requireValid();
        return c;
    }

    @Test
    void withoutAStripeKeyPaymentsAreOffline() {
        BillingConfig c = read(Map.of());
        assertThat(c.paymentProvider()).isEqualTo(PaymentProvider.OFFLINE);
        assertThat(c.stripeApiBase()).isEqualTo("https://api.stripe.com");
        assertThat(c.usageGracePeriod()).isEqualTo(Duration.ofHours(72));
        assertThat(c.dunningRetries()).containsExactly(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7));
    }

    @Test
    void aStripeKeyMakesStripeTheDefaultAndOfflineStaysChoosable() {
        assertThat(read(Map.of("STRIPE_API_KEY", "sk_test_abc123")).paymentProvider()).isEqualTo(PaymentProvider.STRIPE);
        assertThat(read(Map.of("STRIPE_API_KEY", "sk_test_abc123", "PAYMENT_PROVIDER", "offline")).paymentProvider())
                .isEqualTo(PaymentProvider.OFFLINE);
        assertThat(read(Map.of("STRIPE_API_BASE", "http://127.0.0.1:12111/")).stripeApiBase()).isEqualTo("http://127.0.0.1:12111");
    }

    @Test
    void everyProblemIsListed() {
        assertThatThrownBy(() -> read(Map.of("PAYMENT_PROVIDER", "stripe", "STRIPE_WEBHOOK_SECRET", "nope",
                "USAGE_GRACE_PERIOD", "soon", "DUNNING_RETRY_OFFSETS", "3d,1d", "STRIPE_API_BASE", "ftp://x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PAYMENT_PROVIDER=stripe needs STRIPE_API_KEY")
                .hasMessageContaining("STRIPE_WEBHOOK_SECRET: must start with whsec_")
                .hasMessageContaining("USAGE_GRACE_PERIOD='soon'")
                .hasMessageContaining("DUNNING_RETRY_OFFSETS='3d,1d': offsets must ascend")
                .hasMessageContaining("STRIPE_API_BASE='ftp://x'");
        assertThatThrownBy(() -> read(Map.of("STRIPE_API_KEY", "pk_test_123"))).hasMessageContaining("STRIPE_API_KEY: must be");
    }
}
