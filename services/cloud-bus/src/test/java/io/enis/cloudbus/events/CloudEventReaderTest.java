package io.enis.cloudbus.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader without HTTP: domain refusals with field paths, limits as their own exception. */
class CloudEventReaderTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBatchNamesEveryInvalidAttributeByIndex() {
        assertThatThrownBy(() -> CloudEventReader.batched(bytes("""
                [{"specversion": "1.0", "id": "a", "source": "/s", "type": "t"},
                 {"specversion": "0.3", "source": "/s", "type": "t"}]"""), 10, 1024))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("[1].id", "[1].specversion"));
    }

    @Test
    void limitsAreTheirOwnRefusal() {
        String event = "{\"specversion\": \"1.0\", \"id\": \"a\", \"source\": \"/s\", \"type\": \"t\"}";
        assertThatThrownBy(() -> CloudEventReader.batched(bytes("[" + event + "," + event + "]"), 1, 1024))
                .isInstanceOfSatisfying(EventLimitException.class, e -> assertThat(e.field()).isEqualTo("body"))
                .hasMessageContaining("MAX_EVENTS_PER_REQUEST");
        assertThatThrownBy(() -> CloudEventReader.binary(Map.of("id", "1"), "text/plain", new byte[2048], 1024))
                .isInstanceOf(EventLimitException.class).hasMessageContaining("MAX_EVENT_BYTES");
    }

    @Test
    void binaryModeTakesTheAttributesAndTheDataAsSent() {
        CloudEvent e = CloudEventReader.binary(Map.of("specversion", "1.0", "id", "b-1", "source", "/s", "type", "t", "tenant", "acme"),
                "Text/Plain", bytes("hello"), 1024);
        assertThat(e.json().get("data").asText()).isEqualTo("hello");
        assertThat(e.json().get("datacontenttype").asText()).isEqualTo("Text/Plain");
        assertThat(e.json().get("tenant").asText()).isEqualTo("acme");
        assertThatThrownBy(() -> CloudEventReader.binary(Map.of("id", "1"), "", new byte[0], 1024))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.violations())
                        .extracting(Violation::field).contains("ce-source", "ce-type"));
    }
}
