package io.enis.observability.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OTLP metric and attribute names as Prometheus names, the way Prometheus' own OTLP receiver writes them
 * with its default translation strategy {@code UnderscoreEscapingWithSuffixes} (and its default
 * label settings: leading underscores sanitized, repeated underscores preserved).
 *
 * <p>Metric names: the name is split into words at every character outside {@code [a-zA-Z0-9:]}
 * (so {@code http.server.request.duration} → {@code http server request duration}); the unit is appended
 * as a word unless the name already has it — {@code s} → {@code seconds}, {@code By} → {@code bytes},
 * {@code ms}, {@code us}, {@code ns}, {@code min}, {@code h}, {@code d}, {@code KiBy}…{@code TBy}, {@code m}
 * → {@code meters}, {@code V}, {@code A}, {@code J}, {@code W}, {@code g}, {@code Cel} → {@code celsius},
 * {@code Hz}, {@code %} → {@code percent}, {@code 1} and units in braces ({@code {request}}) → nothing,
 * any other unit as written; {@code X/Y} adds {@code per_Y} with {@code s} → {@code second}, {@code m} →
 * {@code minute}, {@code h}, {@code d}, {@code w}, {@code mo}, {@code y} → {@code year}. A monotonic
 * counter ends in {@code total} (moved to the end if the name has it elsewhere), a gauge with unit
 * {@code 1} in {@code ratio}; the words are joined with {@code _}, and a leading digit gets a {@code _}
 * in front. {@code http.server.request.duration} in {@code s} → {@code http_server_request_duration_seconds}.
 *
 * <p>Label names: every character outside {@code [a-zA-Z0-9_]} becomes {@code _}; a name starting with a
 * digit gets {@code key_} in front, one starting with a single {@code _} gets {@code key}.
 * {@code http.request.method} → {@code http_request_method}, {@code 1st} → {@code key_1st}.
 */
public final class PrometheusNames {
    /** What the metric is, for its suffixes. */
    public enum Type {
        GAUGE,
        COUNTER,
        HISTOGRAM,
        SUMMARY
    }

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("d", "days"),
            Map.entry("h", "hours"),
            Map.entry("min", "minutes"),
            Map.entry("s", "seconds"),
            Map.entry("ms", "milliseconds"),
            Map.entry("us", "microseconds"),
            Map.entry("ns", "nanoseconds"),
            Map.entry("By", "bytes"),
            Map.entry("KiBy", "kibibytes"),
            Map.entry("MiBy", "mebibytes"),
            Map.entry("GiBy", "gibibytes"),
            Map.entry("TiBy", "tibibytes"),
            Map.entry("KBy", "kilobytes"),
            Map.entry("MBy", "megabytes"),
            Map.entry("GBy", "gigabytes"),
            Map.entry("TBy", "terabytes"),
            Map.entry("m", "meters"),
            Map.entry("V", "volts"),
            Map.entry("A", "amperes"),
            Map.entry("J", "joules"),
            Map.entry("W", "watts"),
            Map.entry("g", "grams"),
            Map.entry("Cel", "celsius"),
            Map.entry("Hz", "hertz"),
            Map.entry("1", ""),
            Map.entry("%", "percent"));
    private static final Map<String, String> PER_UNITS =
            Map.of("s", "second", "m", "minute", "h", "hour", "d", "day", "w", "week", "mo", "month", "y", "year");

    private PrometheusNames() {}

    /** The Prometheus name of an OTLP metric; empty when nothing of the name is left (only punctuation). */
    public static String metric(String name, String unit, Type type) {
        List<String> words = words(name);
        String[] units = unitWords(unit);
        boolean addMain = !units[0].isEmpty() && !words.contains(units[0]);
        boolean addPer = !units[1].isEmpty() && !words.contains(units[1]);
        if (addMain) {
            words.add(units[0]);
        }
        if (addPer) {
            words.add(units[1]);
        }
        if (type == Type.COUNTER) {
            words.removeIf("total"::equals);
            words.add("total");
        }
        if (type == Type.GAUGE && unit.equals("1")) {
            words.removeIf("ratio"::equals);
            words.add("ratio");
        }
        String joined = String.join("_", words);
        if (joined.chars().allMatch(c -> c == '_')) {
            return "";
        }
        return Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }

    /** The Prometheus name of an attribute; empty when the key is empty or only underscores would be left. */
    public static String label(String key) {
        if (key.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(key.length() + 4);
        key.codePoints().forEach(c -> b.append(isAlphanumeric(c) || c == '_' ? (char) c : '_'));
        String name = b.toString();
        if (Character.isDigit(name.charAt(0))) {
            name = "key_" + name;
        } else if (name.startsWith("_") && !name.startsWith("__")) {
            name = "key" + name;
        }
        return name.chars().allMatch(c -> c == '_') ? "" : name;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (isAlphanumeric(c) || c == ':') {
                word.append((char) c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The main unit word and the {@code per_} word ({@code ""} when absent), cleaned to name characters. */
    private static String[] unitWords(String unit) {
        String[] parts = unit.split("/", 2);
        String main = parts[0].trim();
        String mainWord =
                main.isEmpty() || main.contains("{") || main.contains("}") ? "" : UNITS.getOrDefault(main, main);
        String perWord = "";
        if (parts.length > 1) {
            String per = parts[1].trim();
            if (!per.isEmpty() && !per.contains("{") && !per.contains("}")) {
                perWord = "per_" + PER_UNITS.getOrDefault(per, per);
            }
        }
        mainWord = clean(mainWord);
        perWord = clean(perWord);
        if (perWord.endsWith("_")) {
            perWord = perWord.substring(0, perWord.length() - 1);
        }
        if (perWord.equals("per")) {
            perWord = "";
        }
        if (!perWord.isEmpty() && mainWord.endsWith("_")) {
            mainWord = mainWord.substring(0, mainWord.length() - 1);
        }
        return new String[] {mainWord, perWord};
    }

    /** Characters outside {@code [a-zA-Z0-9:]} to {@code _}, runs of {@code _} to one, no leading {@code _}. */
    private static String clean(String unit) {
        StringBuilder b = new StringBuilder(unit.length());
        unit.codePoints().forEach(c -> {
            char out = isAlphanumeric(c) || c == ':' ? (char) c : '_';
            if (out != '_' || b.isEmpty() || b.charAt(b.length() - 1) != '_') {
                b.append(out);
            }
        });
        return b.length() > 0 && b.charAt(0) == '_' ? b.substring(1) : b.toString();
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
