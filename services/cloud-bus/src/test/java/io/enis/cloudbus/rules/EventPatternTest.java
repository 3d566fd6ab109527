package io.enis.cloudbus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every pattern operator, matching and not, and malformed patterns with their paths. */
class EventPatternTest {
    static final String EVENT = """
            {"specversion": "1.0", "id": "e1", "source": "/orders/eu-west-1", "type": "com.enis.order.created",
             "subject": "Order-42", "data": {"amount": 250.5, "currency": "EUR", "items": ["book", "pen"],
             "customer": {"tier": "gold", "country": "ES"}, "coupon": null, "express": true}}""";

    private static JsonNode json(String s) {
        try {
            return Json.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                                            | true",
                "{\"type\": [\"com.enis.order.created\"]}                       | true",
                "{\"type\": [\"com.enis.order.cancelled\"]}                     | false",
                "{\"type\": [\"x\", \"com.enis.order.created\"]}                | true",
                "{\"source\": [{\"prefix\": \"/orders/\"}]}                     | true",
                "{\"source\": [{\"prefix\": \"/billing/\"}]}                    | false",
                "{\"source\": [{\"suffix\": \"eu-west-1\"}]}                    | true",
                "{\"source\": [{\"suffix\": \"us-east-1\"}]}                    | false",
                "{\"subject\": [{\"equals-ignore-case\": \"order-42\"}]}        | true",
                "{\"subject\": [{\"equals-ignore-case\": \"order-43\"}]}        | false",
                "{\"data\": {\"currency\": [{\"anything-but\": \"USD\"}]}}      | true",
                "{\"data\": {\"currency\": [{\"anything-but\": [\"EUR\", \"GBP\"]}]}} | false",
                "{\"data\": {\"currency\": [{\"anything-but\": {\"prefix\": \"E\"}}]}} | false",
                "{\"data\": {\"amount\": [{\"numeric\": [\">\", 100]}]}}         | true",
                "{\"data\": {\"amount\": [{\"numeric\": [\">\", 100, \"<=\", 250]}]}} | false",
                "{\"data\": {\"amount\": [{\"numeric\": [\">=\", 250.5, \"<\", 300]}]}} | true",
                "{\"data\": {\"amount\": [{\"numeric\": [\"=\", 250.5]}]}}       | true",
                "{\"data\": {\"amount\": [250.5]}}                              | true",
                "{\"data\": {\"coupon\": [null]}}                               | true",
                "{\"data\": {\"express\": [true]}}                              | true",
                "{\"data\": {\"coupon\": [{\"exists\": true}]}}                 | true",
                "{\"data\": {\"discount\": [{\"exists\": false}]}}              | true",
                "{\"data\": {\"discount\": [{\"exists\": true}]}}               | false",
                "{\"data\": {\"items\": [\"pen\"]}}                             | true",
                "{\"data\": {\"items\": [\"ink\"]}}                             | false",
                "{\"data\": {\"customer\": {\"tier\": [\"gold\"], \"country\": [\"ES\"]}}} | true",
                "{\"data\": {\"customer\": {\"tier\": [\"silver\"]}}}            | false",
                "{\"$or\": [{\"type\": [\"nope\"]}, {\"data\": {\"currency\": [\"EUR\"]}}]} | true",
                "{\"$or\": [{\"type\": [\"nope\"]}, {\"data\": {\"currency\": [\"USD\"]}}]} | false",
                "{\"type\": [\"com.enis.order.created\"], \"data\": {\"amount\": [{\"numeric\": [\"<\", 10]}]}} | false"
            })
    void matches(String pattern, boolean expected) {
        assertThat(EventPattern.compile(json(pattern)).matches(json(EVENT))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[]                                                   | pattern                        | must be a JSON object",
                "{\"type\": \"x\"}                                      | pattern.type                   | must be an array",
                "{\"type\": []}                                         | pattern.type                   | empty array",
                "{\"type\": [{\"regex\": \"x\"}]}                        | pattern.type[0].regex          | unknown matcher 'regex'",
                "{\"type\": [{\"prefix\": 5}]}                           | pattern.type[0].prefix         | must be a string",
                "{\"data\": {\"a\": [{\"numeric\": [\">\"]}]}}           | pattern.data.a[0].numeric      | [op, number]",
                "{\"data\": {\"a\": [{\"numeric\": [\"~\", 3]}]}}        | pattern.data.a[0].numeric[0]   | must be one of",
                "{\"data\": {\"a\": [{\"numeric\": [\">\", \"3\"]}]}}    | pattern.data.a[0].numeric[1]   | must be a number",
                "{\"a\": [{\"exists\": \"yes\"}]}                        | pattern.a[0].exists            | true or false",
                "{\"$or\": [{\"a\": [1]}]}                               | pattern.$or                    | at least two",
                "{\"a\": [{\"anything-but\": {\"suffix\": \"x\"}}]}      | pattern.a[0].anything-but      | must be a literal",
                "{\"a\": [{\"prefix\": \"x\", \"suffix\": \"y\"}]}       | pattern.a[0]                   | one matcher"
            })
    void malformedPatternsNameThePath(String pattern, String path, String message) {
        assertThatThrownBy(() -> EventPattern.compile(json(pattern)))
                .isInstanceOf(EventPattern.PatternException.class)
                .satisfies(e ->
                        assertThat(((EventPattern.PatternException) e).path()).isEqualTo(path))
                .hasMessageContaining(message);
    }
}
