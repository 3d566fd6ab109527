package io.enis.cloudbus.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * An EventBridge-style event pattern, compiled and checked at rule creation. The pattern is a JSON
 * object mirroring the event: each leaf is an array of alternatives and the event matches when, for
 * every field named, its value (or any element, for arrays) matches one alternative. Alternatives:
 * <ul>
 *   <li>a literal string, number, boolean or {@code null} — equality (numbers compared as numbers);</li>
 *   <li>{@code {"prefix": "s"}}, {@code {"suffix": "s"}}, {@code {"equals-ignore-case": "s"}};</li>
 *   <li>{@code {"anything-but": v}} with a literal, an array of literals, or {@code {"prefix": "s"}};</li>
 *   <li>{@code {"numeric": [">", 0, "<=", 5]}} — one or two comparisons with {@code = < <= > >=};</li>
 *   <li>{@code {"exists": true|false}} — whether the field is present.</li>
 * </ul>
 * Nested objects descend into nested event fields; {@code "$or": [pattern, …]} at any object level
 * matches when one of the sub-patterns does. An empty pattern {@code {}} matches every event.
 */
public final class EventPattern {
    private final Node root;

    private EventPattern(Node root) {
        this.root = root;
    }

    /** @throws PatternException naming the JSON path of the first problem and what is allowed */
    public static EventPattern compile(JsonNode pattern) {
        if (pattern == null || !pattern.isObject()) {
            throw new PatternException("pattern", "must be a JSON object");
        }
        return new EventPattern(object(pattern, "pattern"));
    }

    public boolean matches(JsonNode event) {
        return root.matches(event, true);
    }

    /** A malformed pattern: where and why. */
    public static final class PatternException extends RuntimeException {
        private final String path;

        public PatternException(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private interface Node {
        /** @param present whether the field exists at all (for exists:false) */
        boolean matches(JsonNode value, boolean present);
    }

    private static Node object(JsonNode pattern, String path) {
        List<Map.Entry<String, Node>> fields = new ArrayList<>();
        List<Node> ors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            var e = it.next();
            String p = path + "." + e.getKey();
            if (e.getKey().equals("$or")) {
                if (!e.getValue().isArray() || e.getValue().size() < 2) {
                    throw new PatternException(p, "$or takes an array of at least two patterns");
                }
                List<Node> alternatives = new ArrayList<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    JsonNode alt = e.getValue().get(i);
                    if (!alt.isObject()) {
                        throw new PatternException(p + "[" + i + "]", "must be a pattern object");
                    }
                    alternatives.add(object(alt, p + "[" + i + "]"));
                }
                ors.add((value, present) -> alternatives.stream().anyMatch(a -> a.matches(value, present)));
            } else if (e.getValue().isObject()) {
                fields.add(Map.entry(e.getKey(), object(e.getValue(), p)));
            } else if (e.getValue().isArray()) {
                if (e.getValue().isEmpty()) {
                    throw new PatternException(p, "an empty array matches nothing; list at least one value or matcher");
                }
                fields.add(Map.entry(e.getKey(), leaf(e.getValue(), p)));
            } else {
                throw new PatternException(p, "must be an array of values or matchers, or a nested pattern object");
            }
        }
        return (value, present) -> {
            if (value == null || !value.isObject()) {
                return fields.isEmpty() && ors.isEmpty();
            }
            for (var f : fields) {
                JsonNode child = value.get(f.getKey());
                if (!f.getValue().matches(child, child != null)) {
                    return false;
                }
            }
            for (Node or : ors) {
                if (!or.matches(value, true)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Node leaf(JsonNode alternatives, String path) {
        List<Matcher> matchers = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            matchers.add(matcher(alternatives.get(i), path + "[" + i + "]"));
        }
        return (value, present) -> {
            for (Matcher m : matchers) {
                if (m instanceof Exists ex) {
                    if (ex.expected == present) {
                        return true;
                    }
                    continue;
                }
                if (!present) {
                    continue;
                }
                if (value.isArray()) {
                    for (JsonNode element : value) {
                        if (m.test(element)) {
                            return true;
                        }
                    }
                } else if (m.test(value)) {
                    return true;
                }
            }
            return false;
        };
    }

    private interface Matcher {
        boolean test(JsonNode value);
    }

    private record Exists(boolean expected) implements Matcher {
        @Override
        public boolean test(JsonNode value) {
            return expected;
        }
    }

    private static Matcher matcher(JsonNode m, String path) {
        if (m.isValueNode()) {
            return literal(m);
        }
        if (!m.isObject() || m.size() != 1) {
            throw new PatternException(
                    path,
                    "must be a literal or an object with one matcher: prefix, suffix, "
                            + "equals-ignore-case, anything-but, numeric, exists");
        }
        var e = m.fields().next();
        String p = path + "." + e.getKey();
        JsonNode arg = e.getValue();
        switch (e.getKey()) {
            case "prefix" -> {
                String s = text(arg, p);
                return v -> v.isTextual() && v.textValue().startsWith(s);
            }
            case "suffix" -> {
                String s = text(arg, p);
                return v -> v.isTextual() && v.textValue().endsWith(s);
            }
            case "equals-ignore-case" -> {
                String s = text(arg, p);
                return v -> v.isTextual() && v.textValue().equalsIgnoreCase(s);
            }
            case "exists" -> {
                if (!arg.isBoolean()) {
                    throw new PatternException(p, "must be true or false");
                }
                return new Exists(arg.booleanValue());
            }
            case "anything-but" -> {
                if (arg.isObject() && arg.size() == 1 && arg.has("prefix")) {
                    String s = text(arg.get("prefix"), p + ".prefix");
                    return v -> !(v.isTextual() && v.textValue().startsWith(s));
                }
                List<Matcher> excluded = new ArrayList<>();
                if (arg.isArray()) {
                    if (arg.isEmpty()) {
                        throw new PatternException(p, "must list at least one value");
                    }
                    for (int i = 0; i < arg.size(); i++) {
                        if (!arg.get(i).isValueNode()) {
                            throw new PatternException(p + "[" + i + "]", "must be a literal");
                        }
                        excluded.add(literal(arg.get(i)));
                    }
                } else if (arg.isValueNode()) {
                    excluded.add(literal(arg));
                } else {
                    throw new PatternException(p, "must be a literal, an array of literals or {\"prefix\": …}");
                }
                return v -> excluded.stream().noneMatch(x -> x.test(v));
            }
            case "numeric" -> {
                return numeric(arg, p);
            }
            default ->
                throw new PatternException(
                        p,
                        "unknown matcher '" + e.getKey()
                                + "'; supported: prefix, suffix, equals-ignore-case, anything-but, numeric, exists");
        }
    }

    private static Matcher literal(JsonNode expected) {
        if (expected.isNumber()) {
            double d = expected.doubleValue();
            return v -> v.isNumber() && v.doubleValue() == d;
        }
        return v -> v.equals(expected);
    }

    private static Matcher numeric(JsonNode arg, String path) {
        if (!arg.isArray() || (arg.size() != 2 && arg.size() != 4)) {
            throw new PatternException(
                    path, "must be [op, number] or [op, number, op, number] with op one of =, <, <=, >, >=");
        }
        List<DoublePredicate> checks = new ArrayList<>();
        for (int i = 0; i < arg.size(); i += 2) {
            JsonNode op = arg.get(i);
            JsonNode n = arg.get(i + 1);
            if (!n.isNumber()) {
                throw new PatternException(path + "[" + (i + 1) + "]", "must be a number");
            }
            double bound = n.doubleValue();
            String symbol = op.asText("");
            checks.add(
                    switch (symbol) {
                        case "=" -> x -> x == bound;
                        case "<" -> x -> x < bound;
                        case "<=" -> x -> x <= bound;
                        case ">" -> x -> x > bound;
                        case ">=" -> x -> x >= bound;
                        default ->
                            throw new PatternException(
                                    path + "[" + i + "]", "must be one of =, <, <=, >, >= (got '" + symbol + "')");
                    });
        }
        return v -> v.isNumber() && checks.stream().allMatch(c -> c.test(v.doubleValue()));
    }

    private static String text(JsonNode arg, String path) {
        if (!arg.isTextual()) {
            throw new PatternException(path, "must be a string");
        }
        return arg.textValue();
    }
}
