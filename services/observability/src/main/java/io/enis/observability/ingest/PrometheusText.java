package io.enis.observability.ingest;

import io.enis.kit.domain.Violation;
import io.enis.kit.domain.TooLargeException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.metadata.MetricType;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Sample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Prometheus text exposition format 0.0.4: {@code name{label="value",…} value [timestamp_ms]}
 * per line; label values with {@code \\ \" \n} escapes; values may be {@code NaN}, {@code +Inf},
 * {@code -Inf}. {@code # TYPE name counter|gauge|histogram|summary|untyped} and
 * {@code # HELP name text} (escapes {@code \\ \n}) become the batch's metadata; other comments are
 * skipped. Errors name the line ({@code line 3}) and what is wrong; any error rejects the whole body.
 */
public final class PrometheusText {
    private PrometheusText() {
    }

    /**
     * @param nowMillis timestamp of samples that carry none
     * @throws InvalidInputException naming each bad line (at most 20)
     * @throws TooLargeException above {@code maxSamples}
     */
    public static MetricBatch parse(byte[] body, long nowMillis, int maxSamples) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<Sample> out = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        Families families = new Families();
        List<Violation> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("#")) {
                    families.comment(line);
                    continue;
                }
                out.add(new LineParser(line, nowMillis).sample());
                lineOf.add(i + 1);
            } catch (IllegalArgumentException e) {
                errors.add(new Violation("line " + (i + 1), e.getMessage()));
                if (errors.size() >= 20) {
                    break;
                }
            }
            if (out.size() > maxSamples) {
                throw TooLargeException.field("body", "at most " + maxSamples
                        + " samples per request (MAX_SAMPLES_PER_REQUEST)");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        if (out.isEmpty()) {
            throw InvalidInputException.field("body", "contains no samples");
        }
        return new MetricBatch(out, families.metadata(), i -> i < 0 ? "body" : "line " + lineOf.get(i));
    }

    /** The {@code # TYPE} and {@code # HELP} lines of a body, by family. */
    private static final class Families {
        private final Map<String, MetricType> types = new HashMap<>();
        private final Map<String, String> helps = new HashMap<>();

        /** Records a {@code # TYPE} or {@code # HELP} line; other comments are ignored. */
        void comment(String line) {
            String[] parts = line.split("[ \t]+", 4);
            if (parts.length < 3 || !parts[0].equals("#") || !(parts[1].equals("TYPE") || parts[1].equals("HELP"))) {
                return;
            }
            String name = parts[2];
            String nameProblem = MetricNames.metricNameProblem(name);
            if (nameProblem != null) {
                throw new IllegalArgumentException("# " + parts[1] + ": " + nameProblem);
            }
            String rest = parts.length == 4 ? parts[3] : "";
            if (parts[1].equals("TYPE")) {
                MetricType type = MetricType.fromTextFormat(rest.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "# TYPE " + name + ": type '" + rest.strip() + "' must be counter, gauge, histogram, summary or untyped"));
                types.put(name, type);
            } else {
                String help = unescape(rest);
                String problem = MetricNames.helpProblem(help);
                if (problem != null) {
                    throw new IllegalArgumentException("# HELP " + name + ": " + problem);
                }
                helps.put(name, help);
            }
        }

        Map<String, MetricMetadata> metadata() {
            Map<String, MetricMetadata> out = new HashMap<>();
            for (String name : types.keySet()) {
                out.put(name, new MetricMetadata(types.get(name), helps.getOrDefault(name, ""), ""));
            }
            helps.forEach((name, help) -> out.putIfAbsent(name, new MetricMetadata(MetricType.UNKNOWN, help, "")));
            return out;
        }

        /** HELP text escapes: {@code \\} and {@code \n}. */
        private static String unescape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == 'n')) {
                    out.append(text.charAt(++i) == 'n' ? '\n' : '\\');
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    private static final class LineParser {
        private final String line;
        private final long now;
        private int pos;

        LineParser(String line, long now) {
            this.line = line;
            this.now = now;
        }

        Sample sample() {
            int start = pos;
            while (pos < line.length() && !Character.isWhitespace(line.charAt(pos)) && line.charAt(pos) != '{') {
                pos++;
            }
            String name = line.substring(start, pos);
            String nameProblem = MetricNames.metricNameProblem(name);
            if (nameProblem != null) {
                throw new IllegalArgumentException(nameProblem);
            }
            Map<String, String> labels = new HashMap<>();
            if (pos < line.length() && line.charAt(pos) == '{') {
                pos++;
                labels(labels);
            }
            labels.put(Labels.NAME, name);
            String[] rest = line.substring(pos).trim().split("\\s+");
            if (rest.length == 0 || rest[0].isEmpty()) {
                throw new IllegalArgumentException("missing value");
            }
            if (rest.length > 2) {
                throw new IllegalArgumentException("expected a value and an optional timestamp, found '" + line.substring(pos).trim() + "'");
            }
            double value = value(rest[0]);
            long time = now;
            if (rest.length == 2) {
                try {
                    time = Long.parseLong(rest[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("timestamp '" + rest[1] + "' must be milliseconds since the epoch");
                }
            }
            return new Sample(Labels.of(labels), time, value);
        }

        private void labels(Map<String, String> labels) {
            while (true) {
                skipSpace();
                if (pos < line.length() && line.charAt(pos) == '}') {
                    pos++;
                    return;
                }
                int start = pos;
                while (pos < line.length() && line.charAt(pos) != '=' && line.charAt(pos) != '}') {
                    pos++;
                }
                String label = line.substring(start, pos).trim();
                String problem = MetricNames.labelNameProblem(label);
                if (problem != null) {
                    throw new IllegalArgumentException("'" + label + "': " + problem);
                }
                if (pos >= line.length() || line.charAt(pos) != '=') {
                    throw new IllegalArgumentException("expected '=' after label " + label);
                }
                pos++;
                skipSpace();
                if (pos >= line.length() || line.charAt(pos) != '"') {
                    throw new IllegalArgumentException("label " + label + ": value must be in double quotes");
                }
                pos++;
                StringBuilder v = new StringBuilder();
                while (pos < line.length() && line.charAt(pos) != '"') {
                    char c = line.charAt(pos++);
                    if (c == '\\' && pos < line.length()) {
                        char n = line.charAt(pos++);
                        v.append(n == 'n' ? '\n' : n);
                    } else {
                        v.append(c);
                    }
                }
                if (pos >= line.length()) {
                    throw new IllegalArgumentException("label " + label + ": unterminated value");
                }
                pos++;
                String valueProblem = MetricNames.labelValueProblem(v.toString());
                if (valueProblem != null) {
                    throw new IllegalArgumentException("label " + label + ": " + valueProblem);
                }
                if (labels.put(label, v.toString()) != null) {
                    throw new IllegalArgumentException("label " + label + " appears twice");
                }
                if (labels.size() > MetricNames.MAX_LABELS) {
                    throw new IllegalArgumentException("more than " + MetricNames.MAX_LABELS + " labels");
                }
                skipSpace();
                if (pos < line.length() && line.charAt(pos) == ',') {
                    pos++;
                }
            }
        }

        private static double value(String text) {
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "+Inf":
                case "Inf":
                    return Double.POSITIVE_INFINITY;
                case "-Inf":
                    return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("value '" + text + "' must be a number, NaN, +Inf or -Inf");
                    }
            }
        }

        private void skipSpace() {
            while (pos < line.length() && line.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
