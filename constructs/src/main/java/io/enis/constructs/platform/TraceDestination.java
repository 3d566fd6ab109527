package io.enis.constructs.platform;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A second place the cluster's OpenTelemetry Collector exports every trace to, besides Jaeger: an
 * OTLP/HTTP receiver that wants a bearer API key and a tenant, such as the ENIS observability
 * service. The key never appears in Terraform or in the chart's values: External Secrets syncs it
 * from Secrets Manager into the collector's environment. Build with {@link #builder()}.
 *
 * @param name            required: kebab-case, names the collector's exporter {@code otlphttp/<name>}
 * @param endpoint        required: base URL of the receiver, {@code http://} or {@code https://};
 *                        the collector POSTs to {@code <endpoint>/v1/traces}
 * @param apiKeySecretArn required: the Secrets Manager secret whose whole value is the API key
 *                        (the collector's role may read only this secret)
 * @param tenant          required: sent as {@value #TENANT_HEADER} with every export, 1–64 of
 *                        {@code [A-Za-z0-9_.-]}, so the cluster's own traces are kept apart from
 *                        other tenants' at the receiver
 */
@RecordBuilder
public record TraceDestination(String name, String endpoint, String apiKeySecretArn, String tenant) {
    /** The tenant header (the Cortex/Mimir/Tempo convention, which observability reads). */
    public static final String TENANT_HEADER = "X-Scope-OrgID";

    public static TraceDestinationBuilder builder() {
        return TraceDestinationBuilder.builder();
    }

    /** The collector's exporter of this destination. */
    public String exporter() {
        return "otlphttp/" + name;
    }

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public TraceDestination {
        Require require = Require.of("TraceDestination");
        require.matches("name", name, "[a-z][a-z0-9-]{0,30}", "use kebab case");
        require.matches("endpoint", endpoint, "https?://[^\\s/]+(/\\S*)?", "an http:// or https:// base URL");
        require.text("apiKeySecretArn", apiKeySecretArn);
        require.matches("tenant", tenant, "[A-Za-z0-9_.-]{1,64}", "1 to 64 characters of A-Z a-z 0-9 _ . -");
    }
}
