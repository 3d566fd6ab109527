package io.enis.constructs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.constructs.core.InvalidPropsException;
import org.junit.jupiter.api.Test;

class TraceDestinationTest {
    private static final String SECRET = "${aws_secretsmanager_secret.Key.arn}";

    @Test
    void anInClusterReceiverWithATenantIsAccepted() {
        var destination = destination("observability", "http://observability.observability.svc.cluster.local:80", SECRET, "platform");
        assertThat(destination.exporter()).isEqualTo("otlphttp/observability");
        assertThat(TraceDestination.TENANT_HEADER).isEqualTo("X-Scope-OrgID");
    }

    @Test
    void eachBadValueIsNamed() {
        assertThatThrownBy(() -> destination("Observability", "https://traces.example.com", SECRET, "platform"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("TraceDestination.name: 'Observability' is not allowed; use kebab case");
        assertThatThrownBy(() -> destination("observability", "observability:4318", SECRET, "platform"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("TraceDestination.endpoint: 'observability:4318' is not allowed; an http:// or https:// base URL");
        assertThatThrownBy(() -> destination("observability", "https://traces.example.com", " ", "platform"))
                .isInstanceOf(InvalidPropsException.class).hasMessageStartingWith("TraceDestination.apiKeySecretArn: ");
        assertThatThrownBy(() -> destination("observability", "https://traces.example.com", SECRET, "the platform"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("TraceDestination.tenant: 'the platform' is not allowed; 1 to 64 characters of A-Z a-z 0-9 _ . -");
    }

    private static TraceDestination destination(String name, String endpoint, String apiKeySecretArn, String tenant) {
        return TraceDestination.builder().name(name).endpoint(endpoint).apiKeySecretArn(apiKeySecretArn).tenant(tenant).build();
    }
}
