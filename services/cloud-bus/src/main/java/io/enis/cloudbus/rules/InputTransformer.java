package io.enis.cloudbus.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge InputTransformer semantics: {@code inputPaths} name values of the event by JSONPath
 * ({@code $.data.order.id}, {@code $.data.items[0]}); {@code template} is the body sent, with
 * {@code <name>} placeholders. Inside a JSON string in the template a value is inserted as text;
 * elsewhere as JSON (strings quoted, objects and arrays as JSON); a missing value is {@code null}
 * (or empty inside a string). {@code <event>} is the whole event. Up to 100 paths.
 */
public final class InputTransformer {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern PATH = Pattern.compile("\\$(\\.[A-Za-z0-9_-]+|\\[\\d+])*");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.-]{1,64})>");

    private final Map<String, String> paths;
    private final String template;

    private InputTransformer(Map<String, String> paths, String template) {
        this.paths = paths;
        this.template = template;
    }

    /** @throws EventPattern.PatternException naming the field ({@code inputPaths.x}, {@code template}) */
    public static InputTransformer compile(Map<String, String> paths, String template, String at) {
        if (paths.size() > 100) {
            throw new EventPattern.PatternException(at + ".inputPaths", "at most 100 paths");
        }
        paths.forEach((name, path) -> {
            if (!NAME.matcher(name).matches() || name.equals("event")) {
                throw new EventPattern.PatternException(at + ".inputPaths." + name, "names are 1-64 of A-Z a-z 0-9 _ . - (not 'event')");
            }
            if (!PATH.matcher(path).matches()) {
                throw new EventPattern.PatternException(at + ".inputPaths." + name, "must be a JSONPath like $.data.order.id or $.data.items[0]");
            }
        });
        if (template == null || template.isEmpty()) {
            throw new EventPattern.PatternException(at + ".template", "is required with inputPaths");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("event") && !paths.containsKey(m.group(1))) {
                throw new EventPattern.PatternException(at + ".template", "placeholder <" + m.group(1) + "> is not in inputPaths");
            }
        }
        return new InputTransformer(Map.copyOf(paths), template);
    }

    /** The JSONPaths by name, as compiled. */
    public Map<String, String> inputPaths() {
        return paths;
    }

    /** The body template, as compiled. */
    public String template() {
        return template;
    }

    /** The body for {@code event}. */
    public String apply(JsonNode event) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        paths.forEach((name, path) -> values.put(name, select(event, path)));
        values.put("event", event);
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '<') {
                Matcher m = PLACEHOLDER.matcher(template).region(i, template.length());
                if (m.lookingAt() && values.containsKey(m.group(1))) {
                    JsonNode v = values.get(m.group(1));
                    out.append(inString ? asText(v) : v == null ? "null" : Json.write(v));
                    i = m.end() - 1;
                    continue;
                }
            }
            if (c == '"' && (i == 0 || template.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        String s = v.isTextual() ? v.textValue() : Json.write(v);
        String quoted = Json.write(s);
        return quoted.substring(1, quoted.length() - 1);
    }

    static JsonNode select(JsonNode event, String path) {
        JsonNode n = event;
        Matcher m = Pattern.compile("\\.([A-Za-z0-9_-]+)|\\[(\\d+)]").matcher(path.substring(1));
        while (m.find() && n != null) {
            n = m.group(1) != null ? n.get(m.group(1)) : n.get(Integer.parseInt(m.group(2)));
        }
        return n;
    }
}
