package io.enis.observability.query;

import io.enis.kit.time.Durations;
import io.enis.observability.query.Expr.Aggregate;
import io.enis.observability.query.Expr.Aggregation;
import io.enis.observability.query.Expr.Call;
import io.enis.observability.query.Expr.Function;
import io.enis.observability.query.Expr.MatrixSelector;
import io.enis.observability.query.Expr.NumberLiteral;
import io.enis.observability.query.Expr.VectorSelector;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Matcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Recursive-descent parser of the supported PromQL subset: selectors with {@code = != =~ !~},
 * range selectors, {@code rate}, {@code increase}, {@code *_over_time}, {@code histogram_quantile},
 * and {@code sum|avg|min|max|count [by|without (…)]}. Errors name the position and what was expected.
 */
public final class PromQlParser {
    private static final int MAX_LENGTH = 4096;
    private final String input;
    private int pos;

    private PromQlParser(String input) {
        this.input = input;
    }

    /** @throws QueryException with the position (1-based) and what is allowed */
    public static Expr parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QueryException("the query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new QueryException("the query is longer than " + MAX_LENGTH + " characters");
        }
        PromQlParser p = new PromQlParser(query);
        Expr e = p.expression();
        p.skipSpace();
        if (p.pos < query.length()) {
            throw p.error("unexpected '" + query.substring(p.pos, Math.min(query.length(), p.pos + 10)) + "'");
        }
        return e;
    }

    /** Sums and differences of terms. */
    private Expr expression() {
        Expr left = term();
        while (peek('+') || peek('-')) {
            char op = input.charAt(pos++);
            left = binary(op, left, term());
        }
        return left;
    }

    /** Products and quotients of primaries. */
    private Expr term() {
        Expr left = primary();
        while (peek('*') || peek('/')) {
            char op = input.charAt(pos++);
            left = binary(op, left, primary());
        }
        return left;
    }

    private Expr binary(char op, Expr left, Expr right) {
        requireInstant(left, "'" + op + "'");
        requireInstant(right, "'" + op + "'");
        if (!(left instanceof NumberLiteral)
                && !(right instanceof NumberLiteral)
                && !isScalarExpression(left)
                && !isScalarExpression(right)) {
            throw error("arithmetic between two vectors is not supported; one side of '" + op + "' must be a number");
        }
        return new Expr.Binary(op, left, right);
    }

    private static boolean isScalarExpression(Expr e) {
        return e instanceof NumberLiteral
                || (e instanceof Expr.Binary b && isScalarExpression(b.left()) && isScalarExpression(b.right()));
    }

    private Expr primary() {
        skipSpace();
        if (peek('(')) {
            expect('(');
            Expr inner = expression();
            expect(')');
            return inner;
        }
        if (pos >= input.length()) {
            throw error("expected an expression");
        }
        char c = input.charAt(pos);
        if (Character.isDigit(c) || c == '.' || c == '-') {
            return new NumberLiteral(number());
        }
        if (c == '{') {
            return rangeSuffix(new VectorSelector(matchers(null)));
        }
        if (!isIdentStart(c)) {
            throw error("expected a metric name, a function, an aggregation or a number");
        }
        int identAt = pos;
        String ident = identifier();
        String lower = ident.toLowerCase(Locale.ROOT);
        Aggregation agg = aggregation(lower);
        skipSpace();
        if (agg != null && (peek('(') || peekWord("by") || peekWord("without"))) {
            return aggregate(agg);
        }
        if (peek('(')) {
            return call(ident, identAt);
        }
        return rangeSuffix(new VectorSelector(matchers(ident)));
    }

    private Expr aggregate(Aggregation op) {
        List<String> grouping = List.of();
        boolean without = false;
        boolean groupingFirst = false;
        if (peekWord("by") || peekWord("without")) {
            without = identifier().equals("without");
            grouping = labelList();
            groupingFirst = true;
        }
        expect('(');
        Expr arg = expression();
        expect(')');
        skipSpace();
        if (!groupingFirst && (peekWord("by") || peekWord("without"))) {
            without = identifier().equals("without");
            grouping = labelList();
        }
        requireInstant(arg, op.name().toLowerCase(Locale.ROOT));
        return new Aggregate(op, grouping, without, arg);
    }

    private List<String> labelList() {
        expect('(');
        List<String> labels = new ArrayList<>();
        skipSpace();
        while (!peek(')')) {
            labels.add(identifier());
            skipSpace();
            if (!peek(')')) {
                expect(',');
                skipSpace();
            }
        }
        expect(')');
        return labels;
    }

    private Expr call(String name, int at) {
        Function f;
        try {
            f = Function.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            pos = at;
            throw error("unknown function '" + name + "'; supported: "
                    + String.join(
                            ", ",
                            Arrays.stream(Function.values())
                                    .map(Function::promqlName)
                                    .toList())
                    + " and the aggregations sum, avg, min, max, count");
        }
        expect('(');
        List<Expr> args = new ArrayList<>();
        skipSpace();
        while (!peek(')')) {
            args.add(expression());
            skipSpace();
            if (!peek(')')) {
                expect(',');
            }
        }
        expect(')');
        if (f == Function.HISTOGRAM_QUANTILE) {
            if (args.size() != 2 || !(args.get(0) instanceof NumberLiteral)) {
                throw error("histogram_quantile takes a number and an instant vector: histogram_quantile(0.99, …)");
            }
            requireInstant(args.get(1), f.promqlName());
        } else if (args.size() != 1 || !(args.get(0) instanceof MatrixSelector)) {
            throw error(f.promqlName() + " takes one range vector, for example " + f.promqlName() + "(metric[5m])");
        }
        return new Call(f, List.copyOf(args));
    }

    private void requireInstant(Expr e, String where) {
        if (e instanceof MatrixSelector) {
            throw error(where + " needs an instant vector, not a range vector; wrap it in rate() or *_over_time()");
        }
    }

    private Expr rangeSuffix(VectorSelector selector) {
        skipSpace();
        if (!peek('[')) {
            return selector;
        }
        expect('[');
        int start = pos;
        while (pos < input.length() && input.charAt(pos) != ']') {
            pos++;
        }
        String text = input.substring(start, pos).trim();
        expect(']');
        try {
            long ms = Durations.parse(text).toMillis();
            if (ms <= 0) {
                throw new IllegalArgumentException("must be positive");
            }
            return new MatrixSelector(selector, ms);
        } catch (IllegalArgumentException e) {
            pos = start;
            throw error("range '" + text + "' " + e.getMessage());
        }
    }

    private List<Matcher> matchers(String metricName) {
        List<Matcher> out = new ArrayList<>();
        if (metricName != null) {
            out.add(Matcher.of(Labels.NAME, Matcher.Op.EQ, metricName));
        }
        skipSpace();
        if (peek('{')) {
            expect('{');
            skipSpace();
            while (!peek('}')) {
                String label = identifier();
                skipSpace();
                Matcher.Op op = operator();
                skipSpace();
                int valueAt = pos;
                String value = string();
                try {
                    out.add(Matcher.of(label, op, value));
                } catch (PatternSyntaxException e) {
                    pos = valueAt;
                    throw error("invalid regular expression for " + label + ": " + e.getDescription());
                }
                skipSpace();
                if (!peek('}')) {
                    expect(',');
                    skipSpace();
                }
            }
            expect('}');
        }
        if (out.stream().allMatch(m -> m.matches(Labels.of(Map.of())))) {
            throw error("a selector needs a metric name or a matcher that does not match the empty string");
        }
        return List.copyOf(out);
    }

    private Matcher.Op operator() {
        if (input.startsWith("=~", pos)) {
            pos += 2;
            return Matcher.Op.RE;
        }
        if (input.startsWith("!~", pos)) {
            pos += 2;
            return Matcher.Op.NRE;
        }
        if (input.startsWith("!=", pos)) {
            pos += 2;
            return Matcher.Op.NEQ;
        }
        if (input.startsWith("=", pos)) {
            pos += 1;
            return Matcher.Op.EQ;
        }
        throw error("expected a label matcher operator: =, !=, =~ or !~");
    }

    private String string() {
        if (pos >= input.length() || (input.charAt(pos) != '"' && input.charAt(pos) != '\'')) {
            throw error("expected a quoted label value");
        }
        char quote = input.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (pos < input.length() && input.charAt(pos) != quote) {
            char c = input.charAt(pos++);
            if (c == '\\' && pos < input.length()) {
                char n = input.charAt(pos++);
                sb.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> n;
                        });
            } else {
                sb.append(c);
            }
        }
        if (pos >= input.length()) {
            throw error("unterminated string");
        }
        pos++;
        return sb.toString();
    }

    private double number() {
        int start = pos;
        if (input.charAt(pos) == '-') {
            pos++;
        }
        while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
            pos++;
        }
        String text = input.substring(start, pos);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number '" + text + "'");
        }
    }

    private String identifier() {
        skipSpace();
        int start = pos;
        if (pos >= input.length() || !isIdentStart(input.charAt(pos))) {
            throw error("expected a name");
        }
        while (pos < input.length() && (isIdentStart(input.charAt(pos)) || Character.isDigit(input.charAt(pos)))) {
            pos++;
        }
        return input.substring(start, pos);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static Aggregation aggregation(String lower) {
        return switch (lower) {
            case "sum" -> Aggregation.SUM;
            case "avg" -> Aggregation.AVG;
            case "min" -> Aggregation.MIN;
            case "max" -> Aggregation.MAX;
            case "count" -> Aggregation.COUNT;
            default -> null;
        };
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < input.length() && input.charAt(pos) == c;
    }

    private boolean peekWord(String word) {
        skipSpace();
        if (!input.regionMatches(true, pos, word, 0, word.length())) {
            return false;
        }
        int end = pos + word.length();
        return end >= input.length() || !(isIdentStart(input.charAt(end)) || Character.isDigit(input.charAt(end)));
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= input.length() || input.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
    }

    private QueryException error(String message) {
        return new QueryException("position " + (pos + 1) + ": " + message);
    }
}
