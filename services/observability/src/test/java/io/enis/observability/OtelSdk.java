package io.enis.observability;

import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.Clock;
import io.opentelemetry.sdk.resources.Resource;
import java.util.concurrent.TimeUnit;

/** Wiring a real OpenTelemetry SDK to the fixture's service: endpoint, key, and the fixture's clock. */
final class OtelSdk {
    private OtelSdk() {}

    /** The base URL of an OTLP signal path on the service ({@code /v1/traces}, {@code /v1/metrics}). */
    static String endpoint(ObservabilityFixture fx, String path) {
        return fx.service.baseUrl() + path;
    }

    /** The Authorization header value the exporters send. */
    static String bearer() {
        return "Bearer " + TestStores.ADMIN_KEY;
    }

    /** A resource with {@code attributes} only (no SDK defaults), so tests know every label it makes. */
    static Resource resource(Attributes attributes) {
        return Resource.create(attributes);
    }

    /** The SDK's clock reading the fixture's: points and spans get its times. */
    static Clock clock(MutableClock clock) {
        return new Clock() {
            @Override
            public long now() {
                var i = clock.instant();
                return TimeUnit.SECONDS.toNanos(i.getEpochSecond()) + i.getNano();
            }

            @Override
            public long nanoTime() {
                return now();
            }
        };
    }
}
