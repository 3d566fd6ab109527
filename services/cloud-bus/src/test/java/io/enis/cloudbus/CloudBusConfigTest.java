package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudBusConfigTest {
    @Test
    void thePasswordTheStacksPassJoinsTheUrl() {
        assertThat(CloudBusConfig.withPassword("rediss://cache.internal:6379", Optional.of("t0k/en+x")))
                .isEqualTo("rediss://:t0k%2Fen%2Bx@cache.internal:6379");
        assertThat(CloudBusConfig.withPassword("redis://u:p@h:6379/2", Optional.of("other")))
                .isEqualTo("redis://u:p@h:6379/2");
        assertThat(CloudBusConfig.withPassword("redis://h:6379", Optional.empty()))
                .isEqualTo("redis://h:6379");
    }
}
