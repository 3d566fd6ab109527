package io.enis.stacks.environment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import io.enis.constructs.aws.network.NatGateways;
import io.enis.constructs.k8s.LoadBalancerScheme;
import io.enis.constructs.platform.AlertReceiverType;
import io.enis.constructs.platform.AlertSeverity;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How environment files spell the constructs' choices: {@code none}/{@code one}/{@code perAz}
 * ({@link NatGateways}), {@code internal}/{@code internet-facing} ({@link LoadBalancerScheme}),
 * {@code slack}/{@code pagerduty}/{@code webhook} ({@link AlertReceiverType}),
 * {@code critical}/{@code warning}/{@code info} ({@link AlertSeverity}), {@code embedded}/{@code remote}
 * ({@link MetricsBackend}). {@link Environment}'s
 * fields of these types bind through {@link Reader} and {@link Writer}, so the loader reads the
 * file's text into the enum, and an environment written back as JSON shows the file's text again.
 * The schema admits only these spellings (its errors name the file, the field and the allowed
 * values); a {@link Reader} failure names the allowed values too, but means schema and model disagree.
 */
final class Spellings {
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_TYPE = Map.of(
            NatGateways.class,
                    table(NatGateways.class, nat -> switch (nat) {
                        case NONE -> "none";
                        case ONE -> "one";
                        case PER_AZ -> "perAz";
                    }),
            LoadBalancerScheme.class, table(LoadBalancerScheme.class, LoadBalancerScheme::value),
            AlertReceiverType.class, table(AlertReceiverType.class, AlertReceiverType::value),
            AlertSeverity.class, table(AlertSeverity.class, AlertSeverity::value),
            MetricsBackend.class, table(MetricsBackend.class, MetricsBackend::value));

    private Spellings() {}

    private static <E extends Enum<E>> Map<String, Enum<?>> table(Class<E> type, Function<E, String> spelling) {
        Map<String, Enum<?>> byText = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            byText.put(spelling.apply(value), value);
        }
        return byText;
    }

    /** The file's spelling of {@code value}. */
    static String spelling(Enum<?> value) {
        return BY_TYPE.get(value.getDeclaringClass()).entrySet().stream()
                .filter(entry -> entry.getValue() == value)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** Reads a spelling into the enum of the field (or of the list's elements, with {@code contentUsing}). */
    static final class Reader extends JsonDeserializer<Enum<?>> implements ContextualDeserializer {
        private final Map<String, Enum<?>> byText;

        Reader() {
            this(Map.of());
        }

        private Reader(Map<String, Enum<?>> byText) {
            this.byText = byText;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            Class<?> type = context.getContextualType().getRawClass();
            Map<String, Enum<?>> table = BY_TYPE.get(type);
            if (table == null) {
                throw new IllegalStateException(
                        "no spelling of " + type.getName() + " in " + Spellings.class.getSimpleName());
            }
            return new Reader(table);
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            Enum<?> value = byText.get(text);
            if (value == null) {
                return (Enum<?>) context.handleWeirdStringValue(
                        Enum.class, text, "allowed: " + String.join(", ", byText.keySet()));
            }
            return value;
        }
    }

    /** Writes the enum as the file spells it. */
    static final class Writer extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(spelling(value));
        }
    }
}
