package io.enis.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudBusTargetTest {
    private static Optional<CloudBusTarget> read(Map<String, String> env) {
        Settings s = new Settings(env);
        Optional<CloudBusTarget> target = CloudBusTarget.read(s, "report events");
        s.requireValid();
        return target;
    }

    @Test
    void bothOrNeither() {
        assertThat(read(Map.of())).isEmpty();
        assertThat(read(Map.of("CLOUD_BUS_URL", "http://bus/v1/events", "CLOUD_BUS_API_KEY", "k")))
                .hasValueSatisfying(t -> {
                    assertThat(t.url().getHost()).isEqualTo("bus");
                    assertThat(t.apiKey()).isEqualTo("k");
                });
        assertThatThrownBy(() -> read(Map.of("CLOUD_BUS_URL", "http://bus/v1/events")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CLOUD_BUS_URL and CLOUD_BUS_API_KEY: set both or neither");
    }

    @Test
    void onlyHttpUrls() {
        assertThatThrownBy(() -> read(Map.of("CLOUD_BUS_URL", "ftp://bus/v1/events", "CLOUD_BUS_API_KEY", "k")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CLOUD_BUS_URL: must be an http:// or https:// URL");
    }

    @Test
    void theHelpTextSaysWhatIsPublished() {
        Settings s = new Settings(Map.of());
        CloudBusTarget.read(s, "report events");
        assertThat(s.documented()).anySatisfy(d -> assertThat(d.description()).contains("report events go there"));
    }
}
