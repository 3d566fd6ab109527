package io.enis.billing.webhooks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {
    static final String SECRET = "whsec_test_secret";
    static final long T = 1_796_000_000L;
    static final byte[] BODY =
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);

    final MutableClock clock = new MutableClock(Instant.ofEpochSecond(T + 10));
    final StripeSignature verifier = new StripeSignature(List.of(SECRET), StripeSignature.DEFAULT_TOLERANCE, clock);

    @Test
    void theHeaderStripeSendsVerifies() {
        assertThatCode(() -> verifier.verify(BODY, StripeSignature.header(BODY, SECRET, T)))
                .doesNotThrowAnyException();
    }

    @Test
    void aKnownVectorVerifies() {
        // HMAC-SHA256("whsec_test_secret", "1796000000." + BODY), computed independently with openssl:
        // printf '%s' "1796000000.$BODY" | openssl dgst -sha256 -hmac whsec_test_secret
        String expected = "t=1796000000,v1=ce655dac7ae3fa4579023ec7da0934a9c30c8a1f2c4db6fce4d4a58de3d722d2";
        org.assertj.core.api.Assertions.assertThat(StripeSignature.header(BODY, SECRET, T))
                .isEqualTo(expected);
        assertThatCode(() -> verifier.verify(BODY, expected)).doesNotThrowAnyException();
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String good = StripeSignature.header(BODY, SECRET, T).split(",")[1];
        String other = StripeSignature.header(BODY, "whsec_other", T).split(",")[1];
        assertThatCode(() -> verifier.verify(BODY, "t=" + T + "," + other + "," + good + ",v0=deadbeef"))
                .doesNotThrowAnyException();
    }

    @Test
    void rotatedSecretsBothVerify() {
        var rotating = new StripeSignature(List.of("whsec_new", SECRET), StripeSignature.DEFAULT_TOLERANCE, clock);
        assertThatCode(() -> rotating.verify(BODY, StripeSignature.header(BODY, SECRET, T)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rotating.verify(BODY, StripeSignature.header(BODY, "whsec_new", T)))
                .doesNotThrowAnyException();
    }

    @Test
    void aTamperedPayloadOrAnotherSecretIsRefused() {
        String header = StripeSignature.header(BODY, SECRET, T);
        byte[] tampered = "{\"id\":\"evt_2\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifier.verify(tampered, header))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Stripe-Signature: no v1 signature matches");
        assertThatThrownBy(() -> verifier.verify(BODY, StripeSignature.header(BODY, "whsec_other", T)))
                .isInstanceOf(InvalidInputException.class);
        // the signature of another timestamp does not move to this one
        String sig = StripeSignature.header(BODY, SECRET, T).split(",")[1];
        assertThatThrownBy(() -> verifier.verify(BODY, "t=" + (T + 1) + "," + sig))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStaleOrFutureTimestampIsRefused() {
        clock.set(Instant.ofEpochSecond(T + 300));
        assertThatCode(() -> verifier.verify(BODY, StripeSignature.header(BODY, SECRET, T)))
                .doesNotThrowAnyException();
        clock.set(Instant.ofEpochSecond(T + 301));
        assertThatThrownBy(() -> verifier.verify(BODY, StripeSignature.header(BODY, SECRET, T)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("301 s old; allowed: within 300 s");
        clock.set(Instant.ofEpochSecond(T - 301));
        assertThatThrownBy(() -> verifier.verify(BODY, StripeSignature.header(BODY, SECRET, T)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in the future");
    }

    @Test
    void malformedHeadersNameTheHeader() {
        for (String header :
                new String[] {null, "", "garbage", "t=abc,v1=00", "v1=00", "t=" + T, "t=" + T + ",v1=zz"}) {
            assertThatThrownBy(() -> verifier.verify(BODY, header))
                    .as(String.valueOf(header))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(
                                            e.violations().get(0).field())
                                    .isEqualTo("Stripe-Signature"));
        }
    }
}
