package io.enis.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonObjectTest {
    @Test
    void keysKeepTheOrderGiven() {
        // 8 keys: Map.of would iterate them in an order that depends on the JVM's random salt
        var o = Json.object("h", 1, "g", 2, "f", 3, "e", 4, "d", 5, "c", 6, "b", 7, "a", 8);
        assertThat(Json.write(o)).isEqualTo("{\"h\":1,\"g\":2,\"f\":3,\"e\":4,\"d\":5,\"c\":6,\"b\":7,\"a\":8}");
    }

    @Test
    void refusesWhatMapOfRefuses() {
        assertThatThrownBy(() -> Json.object("a")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> Json.object(1, "a")).hasMessageContaining("not a string");
        assertThatThrownBy(() -> Json.object("a", null)).hasMessageContaining("null value for key a");
        assertThatThrownBy(() -> Json.object("a", 1, "a", 2)).hasMessageContaining("repeated key a");
    }
}
