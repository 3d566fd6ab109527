package io.enis.billing.payments;

import io.enis.billing.testing.RecordingProxy;
import io.enis.billing.testing.StripeMock;
import java.time.Duration;

/**
 * The Stripe adapter talking to a real stripe-mock through a {@link RecordingProxy} (which shows what was
 * put on the wire and can stand in for one answer stripe-mock never gives), for tests of the adapter.
 * Skips the test like {@link StripeMock#startOrSkip()} when stripe-mock is not installed.
 */
final class StripeBehindProxy implements AutoCloseable {
    final StripeMock mock;
    final RecordingProxy proxy;
    final StripePaymentProvider stripe;

    private StripeBehindProxy(StripeMock mock, RecordingProxy proxy) {
        this.mock = mock;
        this.proxy = proxy;
        this.stripe = StripePaymentProvider.create("sk_test_enis", proxy.base(), Duration.ofSeconds(10));
    }

    static StripeBehindProxy startOrSkip() throws Exception {
        StripeMock mock = StripeMock.startOrSkip();
        try {
            return new StripeBehindProxy(mock, new RecordingProxy(mock.apiBase()));
        } catch (Exception | Error e) {
            mock.close();
            throw e;
        }
    }

    /** Closes {@code wire} when it was started (a skipped test's is null). */
    static void close(StripeBehindProxy wire) throws InterruptedException {
        if (wire != null) {
            wire.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        proxy.close();
        mock.close();
    }
}
